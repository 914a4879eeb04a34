import { usePageTitle } from "../page-title.js";

/** DSFR's "page not found" page, for any path that is none of ours (the gateway answers it with status 404). */
export function NotFoundPage() {
  usePageTitle("Page non trouvée");
  return (
    <div className="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
      <div className="fr-py-0 fr-col-12 fr-col-md-6">
        <h1>Page non trouvée</h1>
        <p className="fr-text--sm fr-mb-3w">Erreur 404</p>
        <p className="fr-text--lead fr-mb-3w">La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée.</p>
        <p className="fr-text--sm fr-mb-5w">
          Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible.
          <br />
          Dans ce cas, pour continuer votre visite, vous pouvez consulter la page d'accueil.
        </p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li><a className="fr-btn" href="/">Page d'accueil</a></li>
        </ul>
      </div>
      <div className="fr-col-12 fr-col-md-3 fr-col-offset-md-1 fr-px-6w fr-px-md-0 fr-py-0">
        <svg className="fr-responsive-img fr-artwork" aria-hidden="true" width="160" height="200" viewBox="0 0 160 200">
          <use className="fr-artwork-motif" href="/dsfr/artwork/background/ovoid.svg#artwork-motif" />
          <use className="fr-artwork-background" href="/dsfr/artwork/background/ovoid.svg#artwork-background" />
          <g transform="translate(40, 60)">
            <use className="fr-artwork-decorative" href="/dsfr/artwork/pictograms/system/technical-error.svg#artwork-decorative" />
            <use className="fr-artwork-minor" href="/dsfr/artwork/pictograms/system/technical-error.svg#artwork-minor" />
            <use className="fr-artwork-major" href="/dsfr/artwork/pictograms/system/technical-error.svg#artwork-major" />
          </g>
        </svg>
      </div>
    </div>
  );
}
