import { useState, type FormEvent } from "react";
import { describeError, projects } from "../api.js";
import { CampaignInputField } from "../components/campaign-field.js";
import type { FieldErrors } from "../components/campaign-form-errors.js";
import { formatNumber } from "../components/campaign-format.js";
import { CampaignTable } from "../components/campaign-table.js";
import { useFormSubmission } from "../components/form-submission.js";
import { failureText, FormFailure, StatusMessage } from "./project-fields.js";
import type { Criterion, RankingView } from "./project-types.js";

const fieldOf = (index: number) => `criteria.${index}.weight`;
const idOf = (field: string) => `poids-${field.split(".")[1]}`;

function share(criteria: Criterion[], weight: number): string {
  const total = criteria.reduce((sum, c) => sum + c.weight, 0);
  return total === 0 ? "—" : `${formatNumber(Math.round((weight * 1000) / total) / 10)} %`;
}

/** The weights as they stand, for those who read the grid. */
export function CriteriaTable({ criteria }: { criteria: Criterion[] }) {
  return (
    <CampaignTable caption="Critères de priorisation et leur poids" headers={["Critère", "Poids", "Part du score pondéré"]} size="sm">
      {criteria.map((c) => (
        <tr key={c.code}>
          <td>{c.label}</td>
          <td>{formatNumber(c.weight)}</td>
          <td>{share(criteria, c.weight)}</td>
        </tr>
      ))}
    </CampaignTable>
  );
}

interface Props {
  ranking: RankingView;
  onSaved: () => void;
  /** Reloads the grid after a conflict. */
  onReload: () => void;
}

/** The weights form, remade for each version of the grid, and what the last save did (said across versions). */
export function CriteriaWeights({ ranking, onSaved, onReload }: Props) {
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <StatusMessage message={saved} />
      <CriteriaWeightsForm
        key={ranking.version}
        ranking={ranking}
        onSaving={() => setSaved(null)}
        onSaved={() => {
          setSaved("Poids enregistrés : le classement ci-dessous en tient compte.");
          onSaved();
        }}
        onReload={onReload}
      />
    </>
  );
}

/**
 * ANCT edits the weights of the case's grid. The save carries the version read: if someone
 * changed the grid or published the ranking meanwhile, the service refuses and the user reloads.
 * Mounted with `key={ranking.version}` so that a new grid resets the fields.
 */
function CriteriaWeightsForm({ ranking, onSaving, onSaved, onReload }: Props & { onSaving: () => void }) {
  const [weights, setWeights] = useState(() => ranking.criteria.map((c) => String(c.weight)));
  const [conflict, setConflict] = useState(false);
  const fields = ranking.criteria.map((_, index) => fieldOf(index));
  const { errors, failure, setFailure, busy, submit } = useFormSubmission({ fields, idOf });

  function check(): FieldErrors {
    const found: FieldErrors = {};
    weights.forEach((text, index) => {
      const value = Number(text.replace(",", "."));
      if (text.trim() === "" || !Number.isFinite(value)) found[fieldOf(index)] = "Saisissez un nombre, par exemple 2.";
      else if (value < 0) found[fieldOf(index)] = "Le poids ne peut pas être négatif.";
      else if (value > 1000) found[fieldOf(index)] = "Le poids ne peut pas dépasser 1 000.";
    });
    return found;
  }

  function save(event: FormEvent) {
    setConflict(false);
    onSaving();
    void submit(event, check(), async () => {
      const values = weights.map((text) => Number(text.replace(",", ".")));
      if (!values.some((v) => v > 0)) {
        setFailure({ error: null, message: "Au moins un critère doit avoir un poids supérieur à zéro." });
        return;
      }
      try {
        await projects.prioritisation.setCriteria.mutate({
          caseId: ranking.caseId,
          expectedVersion: ranking.version,
          criteria: ranking.criteria.map((c, index) => ({ code: c.code, label: c.label, weight: values[index]! })),
        });
      } catch (err) {
        // A grid changed meanwhile gets its own warning and « Recharger la grille », not a field error.
        if (describeError(err).status === 409) {
          setConflict(true);
          return;
        }
        throw err;
      }
      onSaved();
    });
  }

  return (
    <form onSubmit={save} noValidate aria-busy={busy}>
      {conflict && (
        <div className="fr-alert fr-alert--warning fr-mb-2w" role="alert">
          <p className="fr-alert__title">La grille a été modifiée entre-temps</p>
          <p>
            Quelqu'un a changé les poids ou publié le classement depuis que vous avez ouvert la page. Rechargez la grille pour
            voir les poids à jour, puis recommencez votre modification.
          </p>
          <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={onReload}>
            Recharger la grille
          </button>
        </div>
      )}
      <FormFailure title="Les poids n'ont pas été enregistrés" message={failureText(failure)} />
      <fieldset className="fr-fieldset" aria-describedby="poids-aide">
        <legend className="fr-fieldset__legend">Poids des critères</legend>
        <p className="fr-hint-text fr-fieldset__element" id="poids-aide">
          Un nombre de 0 à 1 000 par critère ; un poids de 0 retire le critère du calcul. Le score pondéré est la moyenne des
          notes pondérée par ces poids.
        </p>
        <div className="fr-grid-row fr-grid-row--gutters fr-fieldset__element">
          {ranking.criteria.map((c, index) => (
            <div className="fr-col-12 fr-col-md-6 fr-col-lg-4" key={c.code}>
              <CampaignInputField
                id={idOf(fieldOf(index))}
                label={c.label}
                hint={`Part actuelle : ${share(ranking.criteria, c.weight)}`}
                error={errors[fieldOf(index)]}
                value={weights[index] ?? ""}
                onChange={(e) => {
                  const value = e.target.value;
                  setWeights((w) => w.map((old, i) => (i === index ? value : old)));
                }}
                type="number"
                inputMode="decimal"
                min={0}
                max={1000}
                step="any"
              />
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="fr-btn fr-btn--secondary" disabled={busy}>
        {busy ? "Enregistrement…" : "Enregistrer les poids"}
      </button>
    </form>
  );
}
