import type { ReactNode } from "react";
import { currentUser, signOut } from "./session.js";
import { SignInLink } from "./components/sign-in-link.js";

/** The DSFR header and footer around every page, with the main content reachable by a skip link. */
export function Layout({ children, staff = false }: { children: ReactNode; staff?: boolean }) {
  const user = staff ? currentUser() : null;
  return (
    <>
      <div className="fr-skiplinks">
        <nav className="fr-container" role="navigation" aria-label="Accès rapide">
          <ul className="fr-skiplinks__list">
            <li><a className="fr-link" href="#contenu">Contenu</a></li>
          </ul>
        </nav>
      </div>
      <header role="banner" className="fr-header">
        <div className="fr-header__body">
          <div className="fr-container">
            <div className="fr-header__body-row">
              <div className="fr-header__brand fr-enlarge-link">
                <div className="fr-header__brand-top">
                  <div className="fr-header__logo">
                    <p className="fr-logo">République<br />Française</p>
                  </div>
                </div>
                <div className="fr-header__service">
                  <a href="/" title="Accueil — Tétris">
                    <p className="fr-header__service-title">Tétris</p>
                  </a>
                  <p className="fr-header__service-tagline">Diagnostic des besoins numériques du territoire — ANCT</p>
                </div>
              </div>
              {staff && (
                <div className="fr-header__tools">
                  <div className="fr-header__tools-links">
                    <ul className="fr-btns-group">
                      {user && (
                        <li><a className="fr-btn" href="/">Campagnes</a></li>
                      )}
                      {user && <li><a className="fr-btn" href="/dossiers">Dossiers</a></li>}
                      {user?.role === "anct" && (
                        <li><a className="fr-btn" href="/national">Vue nationale</a></li>
                      )}
                      {user ? (
                        <li>
                          <button className="fr-btn fr-icon-logout-box-r-line" onClick={() => { signOut(); location.assign("/connexion"); }}>
                            Se déconnecter ({user.name})
                          </button>
                        </li>
                      ) : (
                        <li><SignInLink className="fr-btn fr-icon-account-circle-line">Se connecter</SignInLink></li>
                      )}
                    </ul>
                  </div>
                </div>
              )}
            </div>
          </div>
        </div>
      </header>
      <main id="contenu" role="main" className="fr-container fr-py-5w" tabIndex={-1}>
        {children}
      </main>
      <footer className="fr-footer" role="contentinfo">
        <div className="fr-container">
          <div className="fr-footer__body">
            <div className="fr-footer__content">
              <p className="fr-footer__content-desc">
                Tétris accompagne les départements dans le diagnostic de leurs besoins numériques et de leurs tiers-lieux,
                du questionnaire de cadrage aux projets accompagnés par l'ANCT et ses partenaires.
              </p>
            </div>
          </div>
        </div>
      </footer>
    </>
  );
}
