import { DownloadButtons } from "./download-buttons.js";
import type { CampaignView } from "./campaign-types.js";

const files = [
  { file: "answers.csv", label: "Réponses (CSV)" },
  { file: "ranking.csv", label: "Classement des thèmes (CSV)", closedOnly: true },
  { file: "campaign.xlsx", label: "Campagne complète (Excel)" },
] as const;

/** The exports of the campaign (the ranking once it is closed). */
export function CampaignExports({ campaign }: { campaign: CampaignView }) {
  const base = `/api/questionnaire/exports/campaigns/${encodeURIComponent(campaign.campaignId)}`;
  return (
    <>
      <DownloadButtons
        files={files
          .filter((f) => !("closedOnly" in f) || campaign.status === "closed")
          .map(({ file, label }) => ({ key: file, label, url: `${base}/${file}`, fallbackName: `${campaign.caseId}-${file}` }))}
        advice={{ forbidden: "Votre compte n'a pas accès à cette campagne.", notFound: "Le fichier ou la campagne est introuvable : rechargez la page." }}
      />
      {campaign.status !== "closed" && (
        <p className="fr-hint-text">Le classement des thèmes se télécharge une fois la campagne clôturée.</p>
      )}
    </>
  );
}
