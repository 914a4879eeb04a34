import { isPastClosing, statusLabel } from "./campaign-format.js";
import type { CampaignView } from "./campaign-types.js";

/** « Ouverte » or « Clôturée », and whether an open campaign is past its closing date. */
export function CampaignStatusBadge({ campaign }: { campaign: Pick<CampaignView, "status" | "closesAt"> }) {
  const closed = campaign.status === "closed";
  return (
    <>
      <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${closed ? "fr-badge--info" : "fr-badge--success"}`}>
        {statusLabel(campaign)}
      </span>
      {isPastClosing(campaign) && (
        <span className="fr-badge fr-badge--sm fr-badge--no-icon fr-badge--warning fr-ml-1w">Échéance passée</span>
      )}
    </>
  );
}
