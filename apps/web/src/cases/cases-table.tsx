import { formatDate } from "../components/campaign-format.js";
import { campaignPath, CampaignNavLink } from "../components/campaign-nav-link.js";
import { CampaignTable } from "../components/campaign-table.js";
import { formatInteger } from "../projects/project-format.js";
import { caseProjectsPath } from "../projects/project-types.js";
import { workshopPath } from "../workshop/workshop-format.js";
import { CaseStageBadge } from "./case-stage-badge.js";
import { caseName, caseTitle, departmentLabel, type CaseRow } from "./case-types.js";

const headers = [
  "Département",
  "Édition",
  "Intitulé",
  "Étape",
  "Répondants / invités",
  "Projets",
  "Retenus",
  "Accompagnés",
  "Livrés",
  "Dernière activité",
  "Accès",
];

/** One line per case, with the way to its campaign, its workshop day and its projects; titles wrap to keep the eleven columns in view. */
export function CasesTable({ cases }: { cases: CaseRow[] }) {
  return (
    <CampaignTable caption={`Dossiers (${formatInteger(cases.length)})`} headers={headers} size="sm" multiline>
      {cases.map((row) => (
        <tr key={row.caseId} data-testid={`dossier-${row.caseId}`}>
          <td>{departmentLabel(row)}</td>
          <td>{row.edition ?? "—"}</td>
          <th scope="row">{caseTitle(row)}</th>
          <td><CaseStageBadge stage={row.stage} /></td>
          <td>{formatInteger(row.counts.answered)} / {formatInteger(row.counts.invited)}</td>
          <td>{formatInteger(row.counts.projects)}</td>
          <td>{formatInteger(row.counts.selected)}</td>
          <td>{formatInteger(row.counts.accompanied)}</td>
          <td>{formatInteger(row.counts.delivered)}</td>
          <td>{row.lastActivityAt ? <time dateTime={row.lastActivityAt}>{formatDate(row.lastActivityAt)}</time> : "—"}</td>
          <td><CaseLinks row={row} /></td>
        </tr>
      ))}
    </CampaignTable>
  );
}

/** Each link says its case to screen reader users, who may reach it out of its row. */
function CaseLinks({ row }: { row: CaseRow }) {
  const of = <span className="fr-sr-only"> du dossier {caseName(row)}</span>;
  return (
    <ul className="fr-raw-list">
      {row.campaignId && (
        <li><CampaignNavLink className="fr-link fr-link--sm" href={campaignPath(row.campaignId)}>Campagne{of}</CampaignNavLink></li>
      )}
      {row.workshopId && (
        <li><CampaignNavLink className="fr-link fr-link--sm" href={workshopPath(row.workshopId)}>Atelier{of}</CampaignNavLink></li>
      )}
      <li><CampaignNavLink className="fr-link fr-link--sm" href={caseProjectsPath(row.caseId)}>Projets{of}</CampaignNavLink></li>
    </ul>
  );
}
