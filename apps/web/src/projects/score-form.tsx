import { useEffect, useRef, useState, type FormEvent } from "react";
import { projects } from "../api.js";
import { CampaignSelectField } from "../components/campaign-field.js";
import type { FieldErrors } from "../components/campaign-form-errors.js";
import { formatDateTime } from "../components/campaign-format.js";
import { useFormSubmission } from "../components/form-submission.js";
import { failureText, FormFailure, ProjectTextArea } from "./project-fields.js";
import type { Criterion, ProjectView } from "./project-types.js";

// The server may also fault the criterion, which has no field: it is then said at the top.
const fields = ["score", "justification", "criterionCode"] as const;
const idOf = (field: string) => `note-${field}`;

export const scoreLabels = ["Très insuffisant", "Insuffisant", "Moyen", "Bon", "Excellent"] as const;

interface Props {
  project: ProjectView;
  criterion: Criterion;
  onScored: (message: string) => void;
  onCancel: () => void;
}

/** ANCT scores one project on one criterion, 1 to 5, and says why; earlier scores stay in the history. */
export function ScoreForm({ project, criterion, onScored, onCancel }: Props) {
  const current = [...project.scores].reverse().find((s) => s.criterionCode === criterion.code);
  const [score, setScore] = useState(current ? String(current.score) : "");
  const [justification, setJustification] = useState("");
  const { errors, failure, busy, submit } = useFormSubmission({ fields, idOf });
  const heading = useRef<HTMLHeadingElement>(null);

  // Opening the form takes the keyboard there.
  useEffect(() => heading.current?.focus(), [project.projectId, criterion.code]);

  function save(event: FormEvent) {
    const found: FieldErrors = {};
    if (!/^[1-5]$/.test(score)) found.score = "Choisissez une note de 1 à 5.";
    if (justification.trim().length < 10) found.justification = "Justifiez la note en quelques mots (10 caractères au moins).";
    else if (justification.trim().length > 2000) found.justification = "La justification ne peut pas dépasser 2 000 caractères.";
    void submit(event, found, async () => {
      const saved = await projects.prioritisation.score.mutate({
        projectId: project.projectId,
        criterionCode: criterion.code,
        score: Number(score),
        justification: justification.trim(),
      });
      onScored(`Note enregistrée : ${saved.score} sur 5 pour « ${project.title} », critère « ${criterion.label} ».`);
    });
  }

  return (
    <form onSubmit={save} noValidate aria-busy={busy} aria-labelledby="note-titre" className="fr-p-3w fr-mb-3w fr-background-alt--blue-france">
      <h3 id="note-titre" className="fr-h5" tabIndex={-1} ref={heading}>
        Noter « {project.title} » — {criterion.label}
      </h3>
      {current ? (
        <p className="fr-text--sm">
          Note actuelle : {current.score} sur 5, le {formatDateTime(current.scoredAt)} — « {current.justification} ». La nouvelle
          note la remplace dans le classement ; l'ancienne reste dans l'historique du projet.
        </p>
      ) : (
        <p className="fr-text--sm">Ce projet n'a pas encore de note sur ce critère.</p>
      )}
      <FormFailure title="La note n'a pas été enregistrée" message={failureText(failure)} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <CampaignSelectField id={idOf("score")} label="Note" error={errors.score} value={score} onChange={(e) => setScore(e.target.value)}>
            <option value="" disabled>Choisir une note</option>
            {scoreLabels.map((label, index) => (
              <option key={label} value={String(index + 1)}>{`${index + 1} — ${label}`}</option>
            ))}
          </CampaignSelectField>
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <ProjectTextArea
            id={idOf("justification")}
            label="Justification"
            hint="Ce qui fonde la note, en quelques phrases (10 à 2 000 caractères) : elle sera lue par les partenaires."
            error={errors.justification}
            value={justification}
            onChange={(e) => setJustification(e.target.value)}
            maxLength={2000}
          />
        </div>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <button type="submit" className="fr-btn" disabled={busy}>{busy ? "Enregistrement…" : "Enregistrer la note"}</button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={onCancel}>Annuler</button>
        </li>
      </ul>
    </form>
  );
}
