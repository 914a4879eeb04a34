import type { ReactNode } from "react";
import { SiteFooter } from "./shell/site-footer.js";
import { SiteHeader } from "./shell/site-header.js";

/**
 * DSFR's page frame around every page: skip links, header, main content, footer. `staff` pages
 * carry the agents' navigation and sign-in; a respondent's page and the sign-in page do not.
 */
export function Layout({ children, staff = false }: { children: ReactNode; staff?: boolean }) {
  return (
    <>
      <div className="fr-skiplinks">
        <nav className="fr-container" role="navigation" aria-label="Accès rapide">
          <ul className="fr-skiplinks__list">
            <li><a className="fr-link" href="#contenu">Contenu</a></li>
            <li><a className="fr-link" href="#pied-de-page">Pied de page</a></li>
          </ul>
        </nav>
      </div>
      <SiteHeader staff={staff} />
      <main id="contenu" role="main" className="fr-container fr-py-5w" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
