import { useEffect, useState } from "react";
import { formatNumber } from "../components/campaign-format.js";
import { CampaignNavLink } from "../components/campaign-nav-link.js";
import { StatusMessage } from "./project-fields.js";
import { latestScores, projectPath, type Criterion, type ProjectView } from "./project-types.js";
import { ScoreForm } from "./score-form.js";

const cellId = (projectIndex: number, criterionIndex: number) => `noter-${projectIndex}-${criterionIndex}`;

interface Props {
  projects: ProjectView[];
  criteria: Criterion[];
  /** ANCT scores; the others read. */
  editable: boolean;
  onScored: () => void;
}

/**
 * The prioritisation grid: one row per project, one column per criterion, the latest score in
 * each cell. ANCT opens a small form from any cell to score it.
 */
export function ScoringGrid({ projects, criteria, editable, onScored }: Props) {
  const [open, setOpen] = useState<{ projectId: string; criterionCode: string; returnTo: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [returnFocus, setReturnFocus] = useState<string | null>(null);

  // Once the grid shows the new score, the keyboard goes back to the cell it left.
  useEffect(() => {
    if (!returnFocus) return;
    document.getElementById(returnFocus)?.focus();
    setReturnFocus(null);
  }, [projects, returnFocus]);

  const project = open && projects.find((p) => p.projectId === open.projectId);
  const criterion = open && criteria.find((c) => c.code === open.criterionCode);

  return (
    <>
      <StatusMessage message={message} />
      <div className="fr-table fr-table--bordered fr-mb-3w">
        <div className="fr-table__wrapper">
          {/* Positioned, so that the buttons' screen-reader texts stay inside the scrolling table. */}
          <div className="fr-table__container" style={{ position: "relative" }}>
            <div className="fr-table__content">
              <table>
                <caption>Notes de 1 (très insuffisant) à 5 (excellent), la dernière donnée sur chaque critère</caption>
                <thead>
                  <tr>
                    <th scope="col">Projet</th>
                    {criteria.map((c) => (
                      <th scope="col" key={c.code}>
                        {c.label}
                        <br />
                        <span className="fr-text--xs fr-text--regular">poids {formatNumber(c.weight)}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {projects.map((p, pi) => {
                    const latest = latestScores(p);
                    return (
                      <tr key={p.projectId}>
                        <th scope="row">
                          <CampaignNavLink className="fr-link" href={projectPath(p.projectId)}>{p.title}</CampaignNavLink>
                        </th>
                        {criteria.map((c, ci) => {
                          const score = latest.get(c.code);
                          return (
                            <td key={c.code} data-testid={`note-${pi}-${ci}`}>
                              <span className={score ? "fr-text--bold" : undefined}>
                                {score ? `${score.score} / 5` : <><span aria-hidden="true">—</span><span className="fr-sr-only">Non noté</span></>}
                              </span>
                              {editable && (
                                <>
                                  <br />
                                  <button
                                    type="button"
                                    id={cellId(pi, ci)}
                                    className="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-px-1v"
                                    aria-expanded={open?.projectId === p.projectId && open.criterionCode === c.code}
                                    aria-controls="note-formulaire"
                                    onClick={() => {
                                      setMessage(null);
                                      setOpen({ projectId: p.projectId, criterionCode: c.code, returnTo: cellId(pi, ci) });
                                    }}
                                  >
                                    {score ? "Modifier" : "Noter"}
                                    <span className="fr-sr-only"> « {p.title} » sur « {c.label} »</span>
                                  </button>
                                </>
                              )}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      <div id="note-formulaire">
        {open && project && criterion && (
          <ScoreForm
            key={`${open.projectId}:${open.criterionCode}`}
            project={project}
            criterion={criterion}
            onScored={(text) => {
              setMessage(text);
              setReturnFocus(open.returnTo);
              setOpen(null);
              onScored();
            }}
            onCancel={() => {
              setReturnFocus(open.returnTo);
              setOpen(null);
            }}
          />
        )}
      </div>
    </>
  );
}
