import { useState } from "react";
import { projects as api } from "../api.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { formatDateTime, formatNumber } from "../components/campaign-format.js";
import { CampaignNavLink } from "../components/campaign-nav-link.js";
import { CampaignTable } from "../components/campaign-table.js";
import { StatusMessage } from "./project-fields.js";
import { projectPath, statusBadge, statusText, type ProjectView, type RankingView } from "./project-types.js";

const changeLabels: Record<RankingView["sensitivity"][number]["change"], string> = { "+20%": "+20 %", "-20%": "−20 %" };

interface Props {
  ranking: RankingView;
  projects: ProjectView[];
  /** ANCT publishes. */
  editable: boolean;
  onPublished: () => void;
}

/** The ranking derived from the scores, how robust it is to a ±20 % change of any weight, and its publication. */
export function RankingSection({ ranking, projects, editable, onPublished }: Props) {
  const titleOf = (projectId: string) => ranking.ranking.find((r) => r.projectId === projectId)?.title ?? projectId;
  const labelOf = (code: string) => ranking.criteria.find((c) => c.code === code)?.label ?? code;
  const projectOf = (projectId: string) => projects.find((p) => p.projectId === projectId);
  const ranked = ranking.ranking.some((r) => r.rank !== null);

  return (
    <>
      <CampaignTable
        caption="Classement dérivé des notes (moyenne pondérée sur 5)"
        headers={["Rang", "Projet", "Score pondéré", "Critères sans note", "Statut"]}
      >
        {ranking.ranking.map((r) => {
          const project = projectOf(r.projectId);
          return (
            <tr key={r.projectId}>
              <td>{r.rank ?? "Non classé"}</td>
              <td>
                <CampaignNavLink className="fr-link" href={projectPath(r.projectId)}>{r.title}</CampaignNavLink>
              </td>
              <td>{r.weightedScore === null ? "—" : `${formatNumber(r.weightedScore)} / 5`}</td>
              <td>{r.missingCriteria.length === 0 ? "Aucun" : r.missingCriteria.map(labelOf).join(", ")}</td>
              <td>
                {project && (
                  <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${statusBadge[project.status]}`}>{statusText(project)}</span>
                )}
              </td>
            </tr>
          );
        })}
      </CampaignTable>

      <h3 className="fr-h5">Robustesse du classement</h3>
      <div className="fr-callout fr-mb-3w">
        <p className="fr-callout__text" data-testid="robustesse">
          {ranked ? ranking.robustness : "Aucun projet n'est encore noté sur tous les critères pondérés : la robustesse sera calculée ensuite."}
        </p>
      </div>
      {ranked && ranking.sensitivity.length > 0 && (
        <CampaignTable
          caption="Projets qui changeraient de rang si un seul poids variait de ±20 %"
          headers={["Critère", "Variation du poids", "Projets qui changent de rang"]}
          size="sm"
        >
          {ranking.sensitivity.map((s) => (
            <tr key={`${s.criterionCode}${s.change}`}>
              <td>{labelOf(s.criterionCode)}</td>
              <td>{changeLabels[s.change]}</td>
              <td>
                {s.movedProjects.length === 0 ? (
                  "Aucun"
                ) : (
                  <ul>
                    {s.movedProjects.map((m) => (
                      <li key={m.projectId}>
                        {titleOf(m.projectId)} : rang {m.rankBefore} → {m.rankAfter}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </CampaignTable>
      )}

      <h3 className="fr-h5">Publication</h3>
      <p>
        {ranking.publishedAt ? (
          <>Classement publié pour la dernière fois le <time dateTime={ranking.publishedAt}>{formatDateTime(ranking.publishedAt)}</time>.</>
        ) : (
          "Le classement n'a pas encore été publié."
        )}
      </p>
      {editable && <PublishButton ranking={ranking} onPublished={onPublished} />}
    </>
  );
}

function PublishButton({ ranking, onPublished }: { ranking: RankingView; onPublished: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [blocked, setBlocked] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const unranked = ranking.ranking.filter((r) => r.rank === null);

  async function publish() {
    setError(null);
    setDone(null);
    setBlocked(null);
    if (unranked.length > 0) {
      setBlocked(
        `Notez d'abord chaque projet sur tous les critères pondérés : ${unranked.map((r) => `« ${r.title} »`).join(", ")} ` +
          (unranked.length > 1 ? "n'ont pas toutes leurs notes." : "n'a pas toutes ses notes."),
      );
      return;
    }
    setBusy(true);
    try {
      const result = await api.prioritisation.publish.mutate({ caseId: ranking.caseId });
      setDone(`Classement publié le ${formatDateTime(result.publishedAt)} : ${result.published} projet${result.published > 1 ? "s annoncés" : " annoncé"} aux partenaires.`);
      onPublished();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div aria-busy={busy}>
      <StatusMessage message={done} />
      {blocked && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
          <p className="fr-alert__title">Le classement n'a pas été publié</p>
          <p>{blocked}</p>
        </div>
      )}
      {error !== null && <CampaignErrorAlert error={error} title="Le classement n'a pas été publié" />}
      <button type="button" className="fr-btn" onClick={publish} disabled={busy}>
        {busy ? "Publication…" : "Publier le classement"}
      </button>
      <p className="fr-hint-text fr-mt-1w">
        La publication fige ce classement, le date et l'annonce aux services qui suivent le dossier. Vous pourrez le publier à
        nouveau si les notes ou les poids changent.
      </p>
    </div>
  );
}
