import { awaitingHabilitation, currentUser, signOut } from "../session.js";
import { SignInLink } from "../components/sign-in-link.js";
import { useHeaderMenu } from "./use-header-menu.js";

const MODAL_ID = "menu-en-tete";
const MENU_BUTTON_ID = "bouton-menu";

type User = NonNullable<ReturnType<typeof currentUser>>;

/** The pages a signed-in agent moves between; the national view is ANCT's only. */
function navigationLinks(user: User | null): { href: string; label: string }[] {
  if (!user) return [];
  return [
    { href: "/", label: "Campagnes" },
    { href: "/dossiers", label: "Dossiers" },
    ...(user.role === "anct"
      ? [
          { href: "/national", label: "Vue nationale" },
          { href: "/habilitations", label: "Habilitations" },
        ]
      : []),
  ];
}

/** Signing in or out: shown in the header on a desktop, inside the menu below DSFR's `lg` width. */
function AccountButton({ user }: { user: User | null }) {
  const name = user?.name ?? awaitingHabilitation()?.name;
  if (!name) return <SignInLink className="fr-btn fr-icon-account-circle-line">Se connecter</SignInLink>;
  return (
    <button type="button" className="fr-btn fr-icon-logout-box-r-line" onClick={() => void signOut()}>
      Se déconnecter ({name})
    </button>
  );
}

/**
 * DSFR's header. On staff pages it carries the main navigation (`fr-nav`, under the header on a
 * desktop) and the account button; below 992 px, and so at 200 % zoom, both move into the
 * header's menu modal behind the "Menu" button, as DSFR lays it out.
 */
export function SiteHeader({ staff }: { staff: boolean }) {
  const user = staff ? currentUser() : null;
  const links = navigationLinks(user);
  const menu = useHeaderMenu();
  return (
    <header role="banner" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <div className="fr-header__brand fr-enlarge-link">
              <div className="fr-header__brand-top">
                <div className="fr-header__logo">
                  <p className="fr-logo">République<br />Française</p>
                </div>
                {staff && (
                  <div className="fr-header__navbar">
                    <button
                      ref={menu.menuButton}
                      type="button"
                      id={MENU_BUTTON_ID}
                      className="fr-btn--menu fr-btn"
                      title="Menu"
                      aria-controls={MODAL_ID}
                      aria-haspopup="dialog"
                      aria-expanded={menu.open}
                      data-fr-opened={menu.open}
                      onClick={menu.openMenu}
                    >
                      Menu
                    </button>
                  </div>
                )}
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
                    <li><AccountButton user={user} /></li>
                  </ul>
                </div>
              </div>
            )}
          </div>
        </div>
      </div>
      {staff && (
        <div
          ref={menu.modal}
          id={MODAL_ID}
          className={`fr-header__menu fr-modal${menu.open ? " fr-modal--opened" : ""}`}
          // A dialog only while open: on a desktop the same block is the header's plain navigation.
          role={menu.open ? "dialog" : undefined}
          aria-modal={menu.open ? true : undefined}
          aria-labelledby={menu.open ? MENU_BUTTON_ID : undefined}
          onKeyDown={menu.trapFocus}
        >
          <div className="fr-container">
            <button type="button" className="fr-btn--close fr-btn" title="Fermer" aria-controls={MODAL_ID} onClick={menu.close}>
              Fermer
            </button>
            <div className="fr-header__menu-links">
              <ul className="fr-btns-group">
                <li><AccountButton user={user} /></li>
              </ul>
            </div>
            {links.length > 0 && (
              <nav className="fr-nav" role="navigation" aria-label="Menu principal">
                <ul className="fr-nav__list">
                  {links.map((link) => (
                    <li key={link.href} className="fr-nav__item">
                      <a className="fr-nav__link" href={link.href} aria-current={location.pathname === link.href ? "page" : undefined}>
                        {link.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </div>
      )}
    </header>
  );
}
