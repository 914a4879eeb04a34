import { projects } from "../api.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { formatDateTime } from "../components/campaign-format.js";
import { CampaignNavLink } from "../components/campaign-nav-link.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { NationalExports } from "../projects/national-exports.js";
import { FunnelAndThemes, LeversUsed, OverdueMilestones } from "../projects/national-sections.js";
import { ProjectsSignInCallout } from "../projects/project-fields.js";
import { canPrioritise } from "../projects/project-types.js";
import { currentUser } from "../session.js";
import { usePageTitle } from "../page-title.js";

/** ANCT's national view: the funnel per département, needs by theme, levers used, overdue milestones, and the downloads. */
export function NationalPage() {
  const user = currentUser();
  usePageTitle("Vue nationale");
  if (!user) {
    return (
      <>
        <h1>Vue nationale</h1>
        <ProjectsSignInCallout />
      </>
    );
  }
  if (!canPrioritise(user.role)) {
    return (
      <>
        <h1>Vue nationale</h1>
        <div className="fr-callout">
          <h2 className="fr-callout__title">Vue réservée aux agents de l'ANCT</h2>
          <p className="fr-callout__text">
            La vue nationale rassemble les données de tous les départements : elle est réservée aux agents de l'ANCT. Vous
            retrouvez les campagnes, les ateliers et les projets de vos départements depuis l'accueil.
          </p>
          <CampaignNavLink className="fr-btn" href="/">Retour à l'accueil</CampaignNavLink>
        </div>
      </>
    );
  }
  return <National />;
}

function National() {
  const view = useCampaignQuery(() => projects.national.view.query(), "national");
  return (
    <div aria-busy={view.loading}>
      <h1>Vue nationale</h1>
      {view.data && (
        <p className="fr-text--lead">
          Tous les départements, à la date du <time dateTime={view.data.generatedAt}>{formatDateTime(view.data.generatedAt)}</time>.
        </p>
      )}
      {view.loading && !view.data && <p>Chargement…</p>}
      {view.error !== null && <CampaignErrorAlert error={view.error} title="La vue nationale n'a pas pu être chargée" onRetry={view.reload} />}
      {view.data && (
        <>
          <section className="fr-mb-4w" aria-labelledby="telechargements">
            <h2 id="telechargements" className="fr-h5">Téléchargements</h2>
            <p className="fr-text--sm">Les mêmes données, pour les tableurs : l'entonnoir par département et par thème, les leviers et les jalons en retard.</p>
            <NationalExports />
          </section>
          <FunnelAndThemes view={view.data} />
          <section className="fr-mb-6w" aria-labelledby="leviers">
            <h2 id="leviers" tabIndex={-1}>Leviers mobilisés</h2>
            <LeversUsed view={view.data} />
          </section>
          <section className="fr-mb-6w" aria-labelledby="retards">
            <h2 id="retards" tabIndex={-1}>Jalons en retard</h2>
            <OverdueMilestones view={view.data} />
          </section>
          <button type="button" className="fr-btn fr-btn--tertiary fr-icon-refresh-line fr-btn--icon-left" onClick={view.reload} disabled={view.loading}>
            Actualiser la vue
          </button>
        </>
      )}
    </div>
  );
}
