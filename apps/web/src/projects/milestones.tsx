import { useEffect, useRef, useState, type FormEvent } from "react";
import { projects } from "../api.js";
import { CampaignInputField } from "../components/campaign-field.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { CampaignTable } from "../components/campaign-table.js";
import { FormFailure, formFailureOf, StatusMessage } from "./project-fields.js";
import { formatDay, latestDoneDay, plural } from "./project-format.js";
import type { Milestone, ProjectView } from "./project-types.js";

/** Done milestones out of those not cancelled, as a bar and in words. */
export function MilestoneProgress({ progress }: { progress: ProjectView["progress"] }) {
  const words =
    progress.total === 0
      ? "Aucun jalon à réaliser : 0 %"
      : `${plural(progress.done, "jalon réalisé", "jalons réalisés")} sur ${progress.total} : ${progress.percent} %`;
  return (
    <div className="fr-mb-3w">
      <p className="fr-mb-1w" id="avancement-texte" data-testid="avancement">
        Avancement — {words}
      </p>
      <div
        role="progressbar"
        aria-labelledby="avancement-texte"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={progress.percent}
        aria-valuetext={`${progress.percent} %`}
        style={{ height: "1rem", maxWidth: "32rem", background: "var(--background-contrast-grey)", border: "1px solid var(--border-plain-grey)" }}
      >
        <div style={{ height: "100%", width: `${progress.percent}%`, background: "var(--background-action-high-blue-france)" }} />
      </div>
    </div>
  );
}

function MilestoneState({ milestone, overdue }: { milestone: Milestone; overdue: boolean }) {
  return (
    <>
      {milestone.status === "done" && (
        <span className="fr-badge fr-badge--sm fr-badge--success">
          Réalisé{milestone.doneOn ? ` le ${formatDay(milestone.doneOn)}` : ""}
        </span>
      )}
      {milestone.status === "planned" && <span className="fr-badge fr-badge--sm fr-badge--info fr-badge--no-icon">Prévu</span>}
      {milestone.status === "cancelled" && <span className="fr-badge fr-badge--sm fr-badge--no-icon">Annulé</span>}
      {overdue && <span className="fr-badge fr-badge--sm fr-badge--error fr-ml-1w">En retard</span>}
    </>
  );
}

interface Props {
  project: ProjectView;
  /** ANCT updates the milestones of a project in accompaniment or paused. */
  editable: boolean;
  onChanged: () => void;
}

/** The plan's milestones: progress, due dates, the overdue ones flagged; ANCT marks them done, cancels or plans them again. */
export function Milestones({ project, editable, onChanged }: Props) {
  const milestones = project.plan?.milestones ?? [];
  const [marking, setMarking] = useState<Milestone | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const overdue = new Set(project.overdueMilestones);
  const active = editable && (project.status === "in-accompaniment" || project.status === "paused");

  async function update(milestone: Milestone, status: "planned" | "cancelled", message: string) {
    setError(null);
    setDone(null);
    setBusy(milestone.milestoneId);
    try {
      await projects.projects.updateMilestone.mutate({ projectId: project.projectId, milestoneId: milestone.milestoneId, status });
      setDone(message);
      onChanged();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      <MilestoneProgress progress={project.progress} />
      <StatusMessage message={done} />
      {error !== null && <CampaignErrorAlert error={error} title="Le jalon n'a pas été modifié" />}
      <CampaignTable caption="Jalons du plan d'accompagnement" headers={["Jalon", "Échéance", "État", ...(active ? ["Actions"] : [])]}>
        {milestones.map((m) => (
          <tr key={m.milestoneId}>
            <td>{m.title}</td>
            <td>
              <time dateTime={m.dueDate}>{formatDay(m.dueDate)}</time>
            </td>
            <td>
              <MilestoneState milestone={m} overdue={overdue.has(m.milestoneId)} />
            </td>
            {active && (
              <td>
                <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline" style={{ position: "relative" }}>
                  {m.status === "planned" && (
                    <>
                      <li>
                        <button type="button" className="fr-btn fr-btn--secondary" disabled={busy !== null} onClick={() => setMarking(m)}>
                          Marquer réalisé<span className="fr-sr-only"> : {m.title}</span>
                        </button>
                      </li>
                      <li>
                        <button
                          type="button"
                          className="fr-btn fr-btn--tertiary"
                          disabled={busy !== null}
                          onClick={() => {
                            if (confirm(`Annuler le jalon « ${m.title} » ? Il ne comptera plus dans l'avancement ; vous pourrez le replanifier.`)) {
                              void update(m, "cancelled", `Jalon « ${m.title} » annulé.`);
                            }
                          }}
                        >
                          Annuler le jalon<span className="fr-sr-only"> : {m.title}</span>
                        </button>
                      </li>
                    </>
                  )}
                  {m.status !== "planned" && (
                    <li>
                      <button
                        type="button"
                        className="fr-btn fr-btn--tertiary"
                        disabled={busy !== null}
                        onClick={() => update(m, "planned", `Jalon « ${m.title} » de nouveau prévu.`)}
                      >
                        {m.status === "done" ? "Rouvrir" : "Replanifier"}
                        <span className="fr-sr-only"> : {m.title}</span>
                      </button>
                    </li>
                  )}
                </ul>
              </td>
            )}
          </tr>
        ))}
      </CampaignTable>
      {marking && (
        <MarkDoneForm
          key={marking.milestoneId}
          project={project}
          milestone={marking}
          onDone={(message) => {
            setMarking(null);
            setDone(message);
            onChanged();
          }}
          onCancel={() => setMarking(null)}
        />
      )}
    </>
  );
}

interface MarkDoneProps {
  project: ProjectView;
  milestone: Milestone;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The day a milestone was done: today by default, never later. */
function MarkDoneForm({ project, milestone, onDone, onCancel }: MarkDoneProps) {
  const today = latestDoneDay();
  const [doneOn, setDoneOn] = useState(today);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(doneOn)) return fieldError("Choisissez la date de réalisation.");
    if (doneOn > today) return fieldError("La date de réalisation ne peut pas être postérieure à aujourd'hui.");
    setError(undefined);
    setBusy(true);
    try {
      await projects.projects.updateMilestone.mutate({ projectId: project.projectId, milestoneId: milestone.milestoneId, status: "done", doneOn });
      onDone(`Jalon « ${milestone.title} » réalisé le ${formatDay(doneOn)}.`);
    } catch (err) {
      const failed = formFailureOf(err, ["doneOn"], () => "jalon-realise-le");
      setError(failed.fields.doneOn);
      setFailure(failed.message);
    } finally {
      setBusy(false);
    }
  }

  function fieldError(message: string) {
    setError(message);
    document.getElementById("jalon-realise-le")?.focus();
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} aria-labelledby="jalon-realise-titre" className="fr-p-3w fr-mb-3w fr-background-alt--blue-france">
      <h3 className="fr-h6" id="jalon-realise-titre" tabIndex={-1} ref={heading}>
        Marquer « {milestone.title} » réalisé
      </h3>
      <FormFailure title="Le jalon n'a pas été modifié" message={failure} />
      <CampaignInputField
        id="jalon-realise-le"
        label="Date de réalisation"
        hint="Aujourd'hui ou un jour passé."
        error={error}
        type="date"
        max={today}
        value={doneOn}
        onChange={(e) => setDoneOn(e.target.value)}
      />
      <ul className="fr-btns-group fr-btns-group--inline-sm">
        <li>
          <button type="submit" className="fr-btn" disabled={busy}>{busy ? "Enregistrement…" : "Confirmer la réalisation"}</button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--tertiary" onClick={onCancel}>Annuler</button>
        </li>
      </ul>
    </form>
  );
}
