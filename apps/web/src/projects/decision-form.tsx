import { useState, type FormEvent } from "react";
import { projects } from "../api.js";
import type { FieldErrors } from "../components/campaign-form-errors.js";
import { formatDateTime } from "../components/campaign-format.js";
import { FormFailure, formFailureOf, ProjectTextArea, StatusMessage } from "./project-fields.js";
import type { ProjectView } from "./project-types.js";

type Outcome = "selected" | "not-selected";

/** The decision last taken on a project, in words. */
export function DecisionSummary({ decision }: { decision: ProjectView["decision"] }) {
  if (!decision) return <p>Aucune décision pour le moment.</p>;
  return (
    <p>
      <strong>{decision.outcome === "selected" ? "Retenu" : "Non retenu"}</strong> le{" "}
      <time dateTime={decision.decidedAt}>{formatDateTime(decision.decidedAt)}</time> — motif : « {decision.reason} »
    </p>
  );
}

interface Props {
  project: ProjectView;
  /** Distinguishes the fields of the several forms of a page. */
  index: number;
  onDecided: () => void;
}

/**
 * ANCT selects a project, or not, and always says why. The decision may be taken again until
 * the accompaniment is planned.
 */
export function DecisionForm({ project, index, onDecided }: Props) {
  const id = `decision-${index}-motif`;
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<Outcome | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function decide(outcome: Outcome) {
    setFailure(null);
    setDone(null);
    if (reason.trim().length < 10) {
      setErrors({ reason: "Motivez la décision en quelques mots (10 caractères au moins) : le motif est communiqué aux partenaires." });
      document.getElementById(id)?.focus();
      return;
    }
    setErrors({});
    setBusy(outcome);
    try {
      await projects.projects.decide.mutate({ projectId: project.projectId, outcome, reason: reason.trim() });
      setDone(`Décision enregistrée : « ${project.title} » est ${outcome === "selected" ? "retenu" : "non retenu"}.`);
      setReason("");
      onDecided();
    } catch (err) {
      const failed = formFailureOf(err, ["reason"], () => id);
      setErrors(failed.fields);
      setFailure(failed.message);
    } finally {
      setBusy(null);
    }
  }

  // Enter in the form does not guess the outcome: each button says which it is.
  const submit = (event: FormEvent) => event.preventDefault();

  return (
    <form onSubmit={submit} noValidate aria-busy={busy !== null} aria-label={`Décision sur « ${project.title} »`}>
      <StatusMessage message={done} />
      <FormFailure title="La décision n'a pas été enregistrée" message={failure} />
      <ProjectTextArea
        id={id}
        label="Motif de la décision"
        hint="Pourquoi le projet est retenu ou non (10 caractères au moins) ; le motif est communiqué aux partenaires."
        error={errors.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={2000}
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
        <li>
          <button type="button" className="fr-btn fr-icon-check-line" disabled={busy !== null} onClick={() => decide("selected")}>
            {busy === "selected" ? "Enregistrement…" : "Retenir"}
            <span className="fr-sr-only"> « {project.title} »</span>
          </button>
        </li>
        <li>
          <button
            type="button"
            className="fr-btn fr-btn--secondary fr-icon-close-line"
            disabled={busy !== null}
            onClick={() => decide("not-selected")}
          >
            {busy === "not-selected" ? "Enregistrement…" : "Ne pas retenir"}
            <span className="fr-sr-only"> « {project.title} »</span>
          </button>
        </li>
      </ul>
    </form>
  );
}
