import { useState } from "react";
import { questionnaire } from "../api.js";
import { CampaignErrorAlert } from "./campaign-error-alert.js";
import type { CampaignView } from "./campaign-types.js";

interface Props {
  campaign: CampaignView;
  onClosed: (campaign: CampaignView) => void;
}

/** « Clôturer la campagne », after confirmation: the links stop for good and the themes are ranked. */
export function CampaignCloseButton({ campaign, onClosed }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function close() {
    const sure = confirm(
      `Clôturer définitivement la campagne « ${campaign.title} » ?\n\n` +
        "Les liens n'accepteront plus de réponses et les thèmes seront classés à partir des dernières réponses envoyées. " +
        "Cette action est irréversible.",
    );
    if (!sure) return;
    setBusy(true);
    setError(null);
    try {
      onClosed(await questionnaire.campaigns.close.mutate({ campaignId: campaign.campaignId }));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="fr-mb-4w" aria-busy={busy}>
      {error !== null && <CampaignErrorAlert error={error} title="La campagne n'a pas été clôturée" />}
      <button type="button" className="fr-btn fr-btn--secondary" onClick={close} disabled={busy}>
        {busy ? "Clôture en cours…" : "Clôturer la campagne"}
      </button>
      <p className="fr-hint-text fr-mt-1w">
        Clôturez quand les réponses attendues sont arrivées : le classement des thèmes prépare la journée d'ateliers.
      </p>
    </div>
  );
}
