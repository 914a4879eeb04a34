import { useState, type FormEvent } from "react";
import { projects } from "../api.js";
import type { FieldErrors } from "../components/campaign-form-errors.js";
import { CampaignNavLink } from "../components/campaign-nav-link.js";
import { FormFailure, formFailureOf, ProjectTextArea } from "./project-fields.js";
import { caseProjectsPath, type ProjectStatus, type ProjectView } from "./project-types.js";

type Target = "in-accompaniment" | "paused" | "abandoned" | "delivered";

interface Move {
  to: Target;
  label: string;
  hint: string;
  needsReason: boolean;
  /** Said once the move is made. */
  done: string;
}

const pause: Move = { to: "paused", label: "Mettre en pause", hint: "Un motif est obligatoire ; l'accompagnement pourra reprendre.", needsReason: true, done: "Projet mis en pause." };
const resume: Move = { to: "in-accompaniment", label: "Reprendre l'accompagnement", hint: "Le projet revient en accompagnement.", needsReason: false, done: "Accompagnement repris." };
const abandon: Move = { to: "abandoned", label: "Abandonner le projet", hint: "Définitif ; un motif est obligatoire.", needsReason: true, done: "Projet abandonné." };
const deliver: Move = {
  to: "delivered",
  label: "Marquer le projet livré",
  hint: "Définitif ; possible quand chaque jalon est réalisé ou annulé.",
  needsReason: false,
  done: "Projet marqué livré.",
};

/**
 * The moves the projects service allows from each status (its status machine): the
 * accompaniment starts with its plan, never here; delivered and abandoned are final.
 */
const moves: Partial<Record<ProjectStatus, Move[]>> = {
  selected: [abandon],
  "in-accompaniment": [pause, deliver, abandon],
  paused: [resume, abandon],
};

interface Props {
  project: ProjectView;
  onChanged: (message: string) => void;
}

/** ANCT moves a project along: pause and resume, abandon (with a reason), deliver once every milestone is settled. */
export function StatusActions({ project, onChanged }: Props) {
  const offered = moves[project.status] ?? [];
  const [to, setTo] = useState<Target | "">("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const planned = (project.plan?.milestones ?? []).filter((m) => m.status === "planned").length;

  if (project.status === "delivered") return <p>Le projet est livré : son statut ne change plus.</p>;
  if (project.status === "abandoned") return <p>Le projet est abandonné : son statut ne change plus.</p>;
  if (offered.length === 0) {
    return (
      <p>
        Le statut d'accompagnement change une fois le projet retenu. La décision se prend sur la{" "}
        <CampaignNavLink className="fr-link" href={caseProjectsPath(project.caseId)}>page des projets du dossier</CampaignNavLink>.
      </p>
    );
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const move = offered.find((m) => m.to === to);
    const found: FieldErrors = {};
    if (!move) found.to = "Choisissez le nouveau statut.";
    else if (move.needsReason && reason.trim().length === 0) found.reason = `Saisissez le motif : il est obligatoire pour « ${move.label.toLowerCase()} ».`;
    setErrors(found);
    if (found.to) return document.getElementById("statut-choix-0")?.focus();
    if (found.reason) return document.getElementById("statut-motif")?.focus();
    if (move!.to === "delivered" && !confirm(`Marquer « ${project.title} » livré ? Ce statut est définitif.`)) return;
    if (move!.to === "abandoned" && !confirm(`Abandonner « ${project.title} » ? Ce statut est définitif.`)) return;
    setBusy(true);
    try {
      await projects.projects.changeStatus.mutate({ projectId: project.projectId, to: move!.to, reason: reason.trim() || null });
      setTo("");
      setReason("");
      onChanged(move!.done);
    } catch (err) {
      const failed = formFailureOf(err, ["reason"], () => "statut-motif");
      setErrors(failed.fields);
      setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} aria-label="Changer le statut du projet">
      <FormFailure title="Le statut n'a pas été modifié" message={failure} />
      <fieldset className={`fr-fieldset${errors.to ? " fr-fieldset--error" : ""}`} aria-describedby={errors.to ? "statut-choix-erreur" : undefined}>
        <legend className="fr-fieldset__legend">Nouveau statut</legend>
        {offered.map((move, index) => {
          const blocked = move.to === "delivered" && planned > 0;
          return (
            <div className="fr-fieldset__element" key={move.to}>
              <div className="fr-radio-group">
                <input
                  type="radio"
                  id={`statut-choix-${index}`}
                  name="statut"
                  value={move.to}
                  checked={to === move.to}
                  disabled={blocked}
                  onChange={() => setTo(move.to)}
                />
                <label className="fr-label" htmlFor={`statut-choix-${index}`}>
                  {move.label}
                  <span className="fr-hint-text">
                    {blocked ? `Pas encore possible : ${plural(planned)} encore prévu${planned > 1 ? "s" : ""}.` : move.hint}
                  </span>
                </label>
              </div>
            </div>
          );
        })}
        {errors.to && (
          <div className="fr-messages-group" id="statut-choix-erreur">
            <p className="fr-message fr-message--error fr-error-text">{errors.to}</p>
          </div>
        )}
      </fieldset>
      <ProjectTextArea
        id="statut-motif"
        label="Motif"
        hint="Obligatoire pour une pause ou un abandon ; il est communiqué aux partenaires."
        optional={!offered.find((m) => m.to === to)?.needsReason}
        error={errors.reason}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={2000}
      />
      <button type="submit" className="fr-btn fr-btn--secondary" disabled={busy}>
        {busy ? "Enregistrement…" : "Changer le statut"}
      </button>
    </form>
  );
}

function plural(count: number): string {
  return count > 1 ? `${count} jalons sont` : "1 jalon est";
}
