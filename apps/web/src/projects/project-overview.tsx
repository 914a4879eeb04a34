import { formatDateTime } from "../components/campaign-format.js";
import { CampaignTable } from "../components/campaign-table.js";
import { DecisionSummary } from "./decision-form.js";
import { formatEuros } from "./project-format.js";
import { kindLabels, latestScores, maturityLabels, statusBadge, statusText, themeLabel, type Criterion, type ProjectView } from "./project-types.js";

/** Where the project stands and where it comes from. */
export function ProjectOverview({ project }: { project: ProjectView }) {
  return (
    <>
      <p className="fr-mb-2w">
        Statut :{" "}
        <span className={`fr-badge fr-badge--no-icon ${statusBadge[project.status]}`} data-testid="statut">
          {statusText(project)}
        </span>
      </p>
      {project.statusReason && (project.status === "paused" || project.status === "abandoned") && (
        <p>Motif : « {project.statusReason} »</p>
      )}
      {project.description && <p>{project.description}</p>}
      <ul>
        <li>Porteur : {project.leadOrganisation}</li>
        <li>Type : {kindLabels[project.kind]}</li>
        <li>Maturité : {maturityLabels[project.maturity]}</li>
        <li>
          Territoires :{" "}
          {project.territories.length === 0
            ? "non précisés"
            : project.territories.map((t) => `${t.name} (${t.kind === "epci" ? "EPCI" : "commune"} ${t.code})`).join(", ")}
        </li>
        <li>
          Budget estimé :{" "}
          {project.budgetRange ? `de ${formatEuros(project.budgetRange.minEuros)} à ${formatEuros(project.budgetRange.maxEuros)}` : "non estimé"}
        </li>
        <li>Thèmes : {project.themes.length === 0 ? "aucun" : project.themes.map(themeLabel).join(", ")}</li>
        <li>Votes de l'atelier : {project.workshopVotes}</li>
        <li>
          Proposé le <time dateTime={project.proposedAt}>{formatDateTime(project.proposedAt)}</time> (dossier {project.caseId},
          département {project.departmentCode})
        </li>
      </ul>
      <h3 className="fr-h5">Décision</h3>
      <DecisionSummary decision={project.decision} />
    </>
  );
}

/** The latest score on each criterion, with its justification. */
export function ProjectScores({ project, criteria }: { project: ProjectView; criteria: Criterion[] | null }) {
  const latest = [...latestScores(project).values()];
  if (latest.length === 0) return <p>Le projet n'a pas encore été noté.</p>;
  const labelOf = (code: string) => criteria?.find((c) => c.code === code)?.label ?? code;
  return (
    <CampaignTable caption="Dernière note sur chaque critère" headers={["Critère", "Note", "Justification", "Notée le"]} size="sm">
      {latest.map((s) => (
        <tr key={s.criterionCode}>
          <td>{labelOf(s.criterionCode)}</td>
          <td>{s.score} / 5</td>
          <td>{s.justification}</td>
          <td>
            <time dateTime={s.scoredAt}>{formatDateTime(s.scoredAt)}</time>
          </td>
        </tr>
      ))}
    </CampaignTable>
  );
}
