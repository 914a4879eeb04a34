import { territoryLabel } from "../../../../packages/shared/src/territories/territory-label.js";
import { useEffect, useState, type FormEvent } from "react";
import { workshops } from "../api.js";
import { CampaignInputField, CampaignSelectField } from "../components/campaign-field.js";
import { fieldErrorsOf } from "../components/campaign-form-errors.js";
import { useFormSubmission } from "../components/form-submission.js";
import { candidateFields, candidateInput, checkCandidate, territoriesOf, type CandidateDraft } from "./candidate-draft.js";
import { WorkshopErrorAlert } from "./workshop-error-alert.js";
import { kindOptions, maturityOptions, themeLabel, type CandidateView, type NeedView, type SessionView } from "./workshop-types.js";

const idOf = (field: string) => `fiche-${field.replace(/\./g, "-")}`;

/**
 * The server also checks the budget range as a whole, said under its maximum, and the territories
 * it derives from the needs, which no field holds: they are said at the top.
 */
function candidateIssuesOf(err: unknown) {
  const { fields, rest } = fieldErrorsOf(err, [...candidateFields, "budgetRange", "territories"]);
  const { budgetRange, territories, ...onPage } = fields;
  if (budgetRange) onPage["budgetRange.maxEuros"] ??= budgetRange;
  if (territories) rest.push(`Territoires des besoins : ${territories}`);
  return { fields: onPage, rest };
}

interface Props {
  workshopId: string;
  draft: CandidateDraft;
  /** Says where the draft came from, e.g. « À partir de la suggestion 1 ». */
  origin: string;
  needs: NeedView[];
  sessions: SessionView[];
  candidates: CandidateView[];
  onCreated: (candidate: CandidateView) => void;
  onCancel: () => void;
}

/** A candidate project (fiche projet) to create from needs of the day (`candidates.create`). */
export function CandidateForm({ workshopId, draft: initial, origin, needs, sessions, candidates, onCreated, onCancel }: Props) {
  const [draft, setDraft] = useState<CandidateDraft>(initial);
  const { errors, setErrors, failure, setFailure, busy, submit } = useFormSubmission({ fields: candidateFields, idOf, issuesOf: candidateIssuesOf });
  const set = (field: keyof CandidateDraft) => (event: { target: { value: string } }) => setDraft((d) => ({ ...d, [field]: event.target.value }));
  const territories = territoriesOf(draft.needIds, needs);

  // A new draft (another suggestion accepted) replaces what the form held.
  useEffect(() => {
    setDraft(initial);
    setErrors({});
    setFailure(null);
    document.getElementById(idOf("title"))?.focus();
  }, [initial]);

  function toggleNeed(needId: string, checked: boolean) {
    setDraft((d) => ({ ...d, needIds: checked ? [...d.needIds, needId] : d.needIds.filter((id) => id !== needId) }));
  }

  function create(event: FormEvent) {
    void submit(event, checkCandidate(draft), async () => {
      onCreated(await workshops.candidates.create.mutate(candidateInput(workshopId, draft, needs)));
    });
  }

  const kindError = errors.kind;
  const needsError = errors.needIds;
  return (
    <form onSubmit={create} noValidate aria-busy={busy} aria-labelledby="fiche-titre-form" className="fr-mb-4w">
      <h3 id="fiche-titre-form">Nouvelle fiche projet</h3>
      <p className="fr-text--sm">
        {origin} Vérifiez et complétez-la avant de la créer. Les champs marqués d'un astérisque (*) sont obligatoires.
      </p>
      {failure && <WorkshopErrorAlert error={failure.error} message={failure.message} title="La fiche projet n'a pas été créée" />}
      <CampaignInputField id={idOf("title")} label="Titre du projet" error={errors.title} value={draft.title} onChange={set("title")} maxLength={200} autoComplete="off" />
      <div className={`fr-input-group${errors.description ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor={idOf("description")}>
          Description (facultatif)
          <span className="fr-hint-text" id={`${idOf("description")}-aide`}>Ce que ferait le projet, pour qui, ce qui le bloque aujourd'hui.</span>
        </label>
        <textarea
          id={idOf("description")}
          className={`fr-input${errors.description ? " fr-input--error" : ""}`}
          rows={5}
          maxLength={5000}
          value={draft.description}
          onChange={set("description")}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={[`${idOf("description")}-aide`, errors.description ? `${idOf("description")}-erreur` : null].filter(Boolean).join(" ")}
        />
        {errors.description && <p id={`${idOf("description")}-erreur`} className="fr-error-text">{errors.description}</p>}
      </div>
      <fieldset
        className={`fr-fieldset${kindError ? " fr-fieldset--error" : ""}`}
        id={idOf("kind")}
        tabIndex={-1}
        aria-describedby={kindError ? `${idOf("kind")}-erreur` : undefined}
      >
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular">
          Nature du projet<span aria-hidden="true"> *</span>
        </legend>
        {kindOptions.map(([value, label]) => (
          <div className="fr-fieldset__element fr-fieldset__element--inline" key={value}>
            <div className="fr-radio-group">
              <input type="radio" id={`${idOf("kind")}-${value}`} name="fiche-kind" value={value} checked={draft.kind === value} onChange={set("kind")} />
              <label className="fr-label" htmlFor={`${idOf("kind")}-${value}`}>{label}</label>
            </div>
          </div>
        ))}
        {kindError && <p id={`${idOf("kind")}-erreur`} className="fr-error-text fr-fieldset__element">{kindError}</p>}
      </fieldset>
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("leadOrganisation")}
            label="Porteur pressenti"
            hint="L'organisation qui porterait le projet, par exemple « Communauté de communes du Pays de Stenay »."
            error={errors.leadOrganisation}
            value={draft.leadOrganisation}
            onChange={set("leadOrganisation")}
            maxLength={200}
            autoComplete="off"
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignSelectField id={idOf("maturity")} label="Maturité" error={errors.maturity} value={draft.maturity} onChange={set("maturity")}>
            <option value="" disabled>Sélectionnez une maturité</option>
            {maturityOptions.map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </CampaignSelectField>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("budgetRange.minEuros")}
            label="Budget minimum, en euros"
            optional
            hint="Une estimation ; laissez vide si le coût n'est pas encore estimé."
            error={errors["budgetRange.minEuros"]}
            value={draft.budgetMin}
            onChange={set("budgetMin")}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("budgetRange.maxEuros")}
            label="Budget maximum, en euros"
            optional
            hint="Au moins égal au minimum."
            error={errors["budgetRange.maxEuros"]}
            value={draft.budgetMax}
            onChange={set("budgetMax")}
            type="number"
            inputMode="numeric"
            min={0}
            step={1}
          />
        </div>
      </div>
      <fieldset
        className={`fr-fieldset${needsError ? " fr-fieldset--error" : ""}`}
        id={idOf("needIds")}
        tabIndex={-1}
        aria-describedby={[`${idOf("needIds")}-aide`, needsError ? `${idOf("needIds")}-erreur` : null].filter(Boolean).join(" ")}
      >
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular">
          Besoins repris dans la fiche<span aria-hidden="true"> *</span>
          <span className="fr-hint-text" id={`${idOf("needIds")}-aide`}>Ils justifient le projet et le suivront jusqu'à son accompagnement.</span>
        </legend>
        {needs.map((need) => {
          const elsewhere = candidates.filter((c) => c.needIds.includes(need.needId)).map((c) => `« ${c.title} »`);
          return (
            <div className="fr-fieldset__element" key={need.needId}>
              <div className="fr-checkbox-group fr-checkbox-group--sm">
                <input
                  type="checkbox"
                  id={`${idOf("needIds")}-${need.needId}`}
                  checked={draft.needIds.includes(need.needId)}
                  onChange={(e) => toggleNeed(need.needId, e.target.checked)}
                />
                <label className="fr-label" htmlFor={`${idOf("needIds")}-${need.needId}`}>
                  {need.statement}
                  <span className="fr-hint-text">
                    {themeLabel(need.themeCode, sessions)}
                    {elsewhere.length ? ` — déjà dans ${elsewhere.join(", ")}` : ""}
                  </span>
                </label>
              </div>
            </div>
          );
        })}
        {needsError && <p id={`${idOf("needIds")}-erreur`} className="fr-error-text fr-fieldset__element">{needsError}</p>}
      </fieldset>
      <p className="fr-text--sm">
        Territoires concernés, repris des besoins cochés : {territories.length ? territories.map((t) => territoryLabel(t.code, t.name)).join(", ") : "aucun"}.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <button type="submit" className="fr-btn" disabled={busy}>
            {busy ? "Création en cours…" : "Créer la fiche projet"}
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={onCancel} disabled={busy}>
            Annuler
          </button>
        </li>
      </ul>
    </form>
  );
}
