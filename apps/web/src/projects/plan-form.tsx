import { useRef, useState, type FormEvent } from "react";
import { projects } from "../api.js";
import { CampaignInputField } from "../components/campaign-field.js";
import type { FieldErrors } from "../components/campaign-form-errors.js";
import { useFormSubmission } from "../components/form-submission.js";
import { FormFailure, failureText, ProjectTextArea } from "./project-fields.js";
import { leverFamilyLabels, type Lever, type ProjectView } from "./project-types.js";

interface MilestoneRow {
  key: number;
  title: string;
  dueDate: string;
}

const LEVERS = "levers";
const leverId = (index: number) => `plan-levier-${index}`;
const milestoneField = (index: number, part: "title" | "dueDate") => `milestones.${index}.${part}`;

function idOf(field: string): string {
  if (field === LEVERS) return leverId(0);
  if (field === "milestones") return "plan-ajouter-jalon";
  const milestone = /^milestones\.(\d+)\.(title|dueDate)$/.exec(field);
  if (milestone) return `plan-jalon-${milestone[1]}-${milestone[2] === "title" ? "titre" : "echeance"}`;
  return `plan-${field}`;
}

/** The plan as it was made: levers by their label, referent, partners. */
export function PlanSummary({ plan, levers }: { plan: NonNullable<ProjectView["plan"]>; levers: Lever[] }) {
  const labelOf = (code: string) => levers.find((l) => l.code === code)?.label ?? code;
  return (
    <ul>
      <li>Référent ANCT : {plan.referent}</li>
      <li>
        Leviers mobilisés :
        <ul>
          {plan.levers.map((code) => (
            <li key={code}>{labelOf(code)}</li>
          ))}
        </ul>
      </li>
      <li>Partenaires : {plan.partners.length === 0 ? "aucun" : plan.partners.join(", ")}</li>
    </ul>
  );
}

interface Props {
  project: ProjectView;
  levers: Lever[];
  onPlanned: (message: string) => void;
}

/**
 * ANCT plans the accompaniment of a selected project, once: the levers of the catalogue, the
 * referent who follows it, the partners, and dated milestones (rows added as needed).
 */
export function PlanForm({ project, levers, onPlanned }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [referent, setReferent] = useState("");
  const [partners, setPartners] = useState("");
  const [milestones, setMilestones] = useState<MilestoneRow[]>([{ key: 0, title: "", dueDate: "" }]);
  const nextKey = useRef(1);
  const families = (Object.keys(leverFamilyLabels) as Lever["family"][]).filter((f) => levers.some((l) => l.family === f));
  const fields = [LEVERS, "referent", "partners", ...milestones.flatMap((_, i) => [milestoneField(i, "title"), milestoneField(i, "dueDate")]), "milestones"];
  const partnerList = () => partners.split("\n").map((p) => p.trim()).filter(Boolean);
  const { errors, setErrors, failure, busy, submit } = useFormSubmission({ fields, idOf });

  function check(): FieldErrors {
    const found: FieldErrors = {};
    if (chosen.length === 0) found[LEVERS] = "Cochez au moins un levier.";
    if (referent.trim().length < 2) found.referent = "Saisissez le nom du référent ANCT (2 caractères au moins).";
    if (partnerList().some((p) => p.length > 200)) found.partners = "Chaque partenaire tient en 200 caractères au plus.";
    milestones.forEach((m, i) => {
      if (m.title.trim().length < 3) found[milestoneField(i, "title")] = "Saisissez l'intitulé du jalon (3 caractères au moins).";
      if (!/^\d{4}-\d{2}-\d{2}$/.test(m.dueDate)) found[milestoneField(i, "dueDate")] = "Choisissez la date d'échéance du jalon.";
    });
    return found;
  }

  function save(event: FormEvent) {
    void submit(event, check(), async () => {
      const plan = await projects.projects.planAccompaniment.mutate({
        projectId: project.projectId,
        referent: referent.trim(),
        levers: chosen,
        partners: partnerList(),
        milestones: milestones.map((m) => ({ title: m.title.trim(), dueDate: m.dueDate })),
      });
      onPlanned(`Accompagnement planifié : ${plan.levers.length} levier${plan.levers.length > 1 ? "s" : ""}, ${plan.milestones.length} jalon${plan.milestones.length > 1 ? "s" : ""}.`);
    });
  }

  function addMilestone() {
    const key = nextKey.current++;
    setMilestones((rows) => [...rows, { key, title: "", dueDate: "" }]);
    // The new row's first field takes the keyboard once it is drawn.
    requestAnimationFrame(() => document.getElementById(idOf(milestoneField(milestones.length, "title")))?.focus());
  }

  function removeMilestone(index: number) {
    setMilestones((rows) => rows.filter((_, i) => i !== index));
    setErrors({});
    requestAnimationFrame(() => document.getElementById("plan-ajouter-jalon")?.focus());
  }

  const setMilestone = (index: number, part: "title" | "dueDate", value: string) =>
    setMilestones((rows) => rows.map((row, i) => (i === index ? { ...row, [part]: value } : row)));

  let leverIndex = 0;
  return (
    <form onSubmit={save} noValidate aria-busy={busy} aria-labelledby="plan-titre">
      <h3 id="plan-titre" className="fr-h5">Planifier l'accompagnement</h3>
      <p className="fr-text--sm">
        Le plan se fait une fois : il fait passer le projet en accompagnement. Les champs marqués d'un astérisque (*) sont obligatoires.
      </p>
      <FormFailure title="Le plan d'accompagnement n'a pas été enregistré" message={failureText(failure)} />

      <fieldset className={`fr-fieldset${errors[LEVERS] ? " fr-fieldset--error" : ""}`} aria-describedby={errors[LEVERS] ? "plan-leviers-erreur" : undefined}>
        <legend className="fr-fieldset__legend">
          Leviers mobilisés <span aria-hidden="true">*</span>
          <span className="fr-hint-text">Au moins un, choisis dans le catalogue de l'ANCT.</span>
        </legend>
        {families.map((family) => (
          <div className="fr-fieldset__element" key={family}>
            <fieldset className="fr-fieldset fr-mb-0">
              <legend className="fr-fieldset__legend fr-fieldset__legend--regular fr-text--bold">{leverFamilyLabels[family]}</legend>
              {levers
                .filter((l) => l.family === family)
                .map((lever) => {
                  const id = leverId(leverIndex++);
                  return (
                    <div className="fr-fieldset__element" key={lever.code}>
                      <div className="fr-checkbox-group">
                        <input
                          type="checkbox"
                          id={id}
                          name="levers"
                          value={lever.code}
                          checked={chosen.includes(lever.code)}
                          onChange={(e) =>
                            setChosen((c) => (e.target.checked ? [...c, lever.code] : c.filter((code) => code !== lever.code)))
                          }
                        />
                        <label className="fr-label" htmlFor={id}>
                          {lever.label}
                          <span className="fr-hint-text">{lever.description}</span>
                        </label>
                      </div>
                    </div>
                  );
                })}
            </fieldset>
          </div>
        ))}
        {errors[LEVERS] && (
          <div className="fr-messages-group" id="plan-leviers-erreur">
            <p className="fr-message fr-message--error fr-error-text">{errors[LEVERS]}</p>
          </div>
        )}
      </fieldset>

      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("referent")}
            label="Référent ANCT"
            hint="La personne qui suit le projet, par exemple « Claire Martin (ANCT) »."
            error={errors.referent}
            value={referent}
            onChange={(e) => setReferent(e.target.value)}
            maxLength={200}
            autoComplete="off"
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <ProjectTextArea
            id={idOf("partners")}
            label="Partenaires"
            hint="Un par ligne, par exemple « Banque des territoires » ou « Conseil départemental »."
            error={errors.partners}
            optional
            value={partners}
            onChange={(e) => setPartners(e.target.value)}
          />
        </div>
      </div>

      <fieldset className="fr-fieldset" aria-describedby="plan-jalons-aide">
        <legend className="fr-fieldset__legend">Jalons</legend>
        <p className="fr-hint-text fr-fieldset__element" id="plan-jalons-aide">
          Au moins un jalon, avec son intitulé et sa date d'échéance. L'avancement du projet se mesure aux jalons réalisés.
        </p>
        {milestones.map((m, i) => (
          <div className="fr-fieldset__element" key={m.key}>
            <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
              <div className="fr-col-12 fr-col-md-6">
                <CampaignInputField
                  id={idOf(milestoneField(i, "title"))}
                  label={`Intitulé du jalon ${i + 1}`}
                  error={errors[milestoneField(i, "title")]}
                  value={m.title}
                  onChange={(e) => setMilestone(i, "title", e.target.value)}
                  maxLength={200}
                  autoComplete="off"
                />
              </div>
              <div className="fr-col-8 fr-col-md-4">
                <CampaignInputField
                  id={idOf(milestoneField(i, "dueDate"))}
                  label={`Échéance du jalon ${i + 1}`}
                  error={errors[milestoneField(i, "dueDate")]}
                  value={m.dueDate}
                  onChange={(e) => setMilestone(i, "dueDate", e.target.value)}
                  type="date"
                />
              </div>
              <div className="fr-col-4 fr-col-md-2">
                {milestones.length > 1 && (
                  <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary fr-mb-3w" onClick={() => removeMilestone(i)}>
                    Retirer<span className="fr-sr-only"> le jalon {i + 1}</span>
                  </button>
                )}
              </div>
            </div>
          </div>
        ))}
        <div className="fr-fieldset__element">
          <button type="button" id="plan-ajouter-jalon" className="fr-btn fr-btn--sm fr-btn--secondary fr-icon-add-line fr-btn--icon-left" onClick={addMilestone}>
            Ajouter un jalon
          </button>
          {errors.milestones && <p className="fr-error-text">{errors.milestones}</p>}
        </div>
      </fieldset>

      <button type="submit" className="fr-btn" disabled={busy}>
        {busy ? "Enregistrement…" : "Enregistrer le plan d'accompagnement"}
      </button>
    </form>
  );
}
