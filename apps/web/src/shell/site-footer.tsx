/** The State's sites every DSFR footer links to. */
const GOVERNMENT_SITES = ["info.gouv.fr", "service-public.gouv.fr", "legifrance.gouv.fr", "data.gouv.fr"];

/**
 * DSFR's footer with what it makes mandatory: the brand block, the State's sites, the
 * accessibility status, the legal notice and personal data pages, and the licence. No "Gestion
 * des cookies": the application sets none (the personal data page says so).
 */
export function SiteFooter() {
  return (
    <footer className="fr-footer" role="contentinfo" id="pied-de-page" tabIndex={-1}>
      <div className="fr-container">
        <div className="fr-footer__body">
          <div className="fr-footer__brand fr-enlarge-link">
            <a href="/" title="Retour à l'accueil du site — Tétris">
              <p className="fr-logo">République<br />Française</p>
            </a>
          </div>
          <div className="fr-footer__content">
            <p className="fr-footer__content-desc">
              Tétris accompagne les départements dans le diagnostic de leurs besoins numériques et de leurs tiers-lieux,
              du questionnaire de cadrage aux projets accompagnés par l'ANCT et ses partenaires.
            </p>
            <ul className="fr-footer__content-list">
              {GOVERNMENT_SITES.map((site) => (
                <li key={site} className="fr-footer__content-item">
                  <a className="fr-footer__content-link" href={`https://${site}`} target="_blank" rel="noopener external" title={`${site} — nouvelle fenêtre`}>
                    {site}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="fr-footer__bottom">
          <ul className="fr-footer__bottom-list">
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href="/accessibilite">Accessibilité : non conforme</a>
            </li>
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href="/mentions-legales">Mentions légales</a>
            </li>
            <li className="fr-footer__bottom-item">
              <a className="fr-footer__bottom-link" href="/donnees-personnelles">Données personnelles</a>
            </li>
          </ul>
          <div className="fr-footer__bottom-copy">
            <p>
              Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous{" "}
              <a href="https://github.com/etalab/licence-ouverte/blob/master/LO.md" target="_blank" rel="noopener external" title="licence etalab-2.0 — nouvelle fenêtre">
                licence etalab-2.0
              </a>
            </p>
          </div>
        </div>
      </div>
    </footer>
  );
}
