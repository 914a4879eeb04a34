import { CampaignSelectField } from "../components/campaign-field.js";
import { caseStageLabel, caseStageOrder, isCaseStage } from "./case-types.js";
import type { CaseFilters } from "./use-case-filters.js";

interface Props {
  filters: CaseFilters;
  onChange: (next: CaseFilters) => void;
  /** The départements the user's cases belong to, as « Ariège (09) » by code. */
  departments: { code: string; label: string }[];
}

/** Narrows the list to one département and one stage; the table follows as soon as a choice is made. */
export function CaseFiltersForm({ filters, onChange, departments }: Props) {
  return (
    <form className="fr-grid-row fr-grid-row--gutters fr-mb-2w" aria-label="Filtrer les dossiers" onSubmit={(e) => e.preventDefault()}>
      <div className="fr-col-12 fr-col-md-6">
        <CampaignSelectField
          id="filtre-departement"
          label="Département"
          optional
          value={filters.department}
          onChange={(e) => onChange({ ...filters, department: e.target.value })}
        >
          <option value="">Tous les départements</option>
          {departments.map((d) => (
            <option key={d.code} value={d.code}>{d.label}</option>
          ))}
        </CampaignSelectField>
      </div>
      <div className="fr-col-12 fr-col-md-6">
        <CampaignSelectField
          id="filtre-etape"
          label="Étape"
          optional
          value={filters.stage}
          onChange={(e) => onChange({ ...filters, stage: isCaseStage(e.target.value) ? e.target.value : "" })}
        >
          <option value="">Toutes les étapes</option>
          {caseStageOrder.map((stage) => (
            <option key={stage} value={stage}>{caseStageLabel(stage)}</option>
          ))}
        </CampaignSelectField>
      </div>
    </form>
  );
}
