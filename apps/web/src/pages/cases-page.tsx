import { projects } from "../api.js";
import { CaseFiltersForm } from "../cases/case-filters.js";
import { departmentLabel, type CaseRow } from "../cases/case-types.js";
import { CasesTable } from "../cases/cases-table.js";
import { useCaseFilters } from "../cases/use-case-filters.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { ProjectsSignInCallout } from "../projects/project-fields.js";
import { currentUser } from "../session.js";
import { usePageTitle } from "../page-title.js";

/** Every case the user may see (every département for ANCT), where each stands, and the way to each. */
export function CasesPage() {
  const user = currentUser();
  usePageTitle("Dossiers");
  if (!user) {
    return (
      <>
        <h1>Dossiers territoriaux</h1>
        <ProjectsSignInCallout />
      </>
    );
  }
  return <Cases everyDepartment={user.role === "anct"} />;
}

function departmentsOf(cases: CaseRow[]): { code: string; label: string }[] {
  const byCode = new Map(cases.map((c) => [c.departmentCode, departmentLabel(c)]));
  return [...byCode].map(([code, label]) => ({ code, label })).sort((a, b) => a.code.localeCompare(b.code));
}

function Cases({ everyDepartment }: { everyDepartment: boolean }) {
  // The whole list is loaded once and filtered here: the choices of département come from it,
  // and a change of filter needs no call.
  const cases = useCampaignQuery(() => projects.cases.list.query(), "dossiers");
  const [filters, setFilters] = useCaseFilters();
  const all = cases.data ?? [];
  const shown = all.filter((c) => (!filters.department || c.departmentCode === filters.department) && (!filters.stage || c.stage === filters.stage));
  return (
    <div aria-busy={cases.loading}>
      <h1>Dossiers territoriaux</h1>
      <p className="fr-text--lead">
        {everyDepartment ? "Les dossiers de tous les départements" : "Les dossiers de vos départements"}, un par département et
        par édition : où en est chacun, du questionnaire de cadrage à l'accompagnement des projets.
      </p>
      {cases.loading && !cases.data && <p>Chargement…</p>}
      {cases.error !== null && <CampaignErrorAlert error={cases.error} title="Les dossiers n'ont pas pu être chargés" onRetry={cases.reload} />}
      {cases.data && all.length === 0 && <p>Aucun dossier pour le moment : un dossier naît à l'ouverture de la campagne de son département.</p>}
      {all.length > 0 && (
        <>
          <CaseFiltersForm filters={filters} onChange={setFilters} departments={departmentsOf(all)} />
          <p role="status" className="fr-sr-only">{`${shown.length} dossier${shown.length > 1 ? "s" : ""} affiché${shown.length > 1 ? "s" : ""}`}</p>
          {shown.length === 0 ? <p>Aucun dossier ne correspond à ces filtres.</p> : <CasesTable cases={shown} />}
          <button type="button" className="fr-btn fr-btn--tertiary fr-icon-refresh-line fr-btn--icon-left" onClick={cases.reload} disabled={cases.loading}>
            Actualiser la liste
          </button>
        </>
      )}
    </div>
  );
}
