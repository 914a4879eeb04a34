import { formatDateTime } from "./campaign-format.js";
import { campaignPath, CampaignNavLink } from "./campaign-nav-link.js";
import { CampaignStatusBadge } from "./campaign-status-badge.js";
import { CampaignTable } from "./campaign-table.js";
import type { CampaignSummary } from "./campaign-types.js";

/** The campaigns the user may see, latest opening first, each title leading to its page. */
export function CampaignListTable({ campaigns }: { campaigns: CampaignSummary[] }) {
  return (
    <CampaignTable
      caption={`Campagnes de questionnaire (${campaigns.length})`}
      headers={["Titre", "Dossier", "Département", "Statut", "Clôture le"]}
    >
      {campaigns.map((campaign) => (
        <tr key={campaign.campaignId}>
          <td>
            <CampaignNavLink className="fr-link" href={campaignPath(campaign.campaignId)}>
              {campaign.title}
            </CampaignNavLink>
          </td>
          <td>{campaign.caseId}</td>
          <td>{campaign.departmentCode}</td>
          <td>
            <CampaignStatusBadge campaign={campaign} />
          </td>
          <td>
            <time dateTime={campaign.closesAt}>{formatDateTime(campaign.closesAt)}</time>
          </td>
        </tr>
      ))}
    </CampaignTable>
  );
}
