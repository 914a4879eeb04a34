import { useState } from "react";
import { downloadWithToken } from "../download.js";
import type { CampaignView } from "./campaign-types.js";

const files = [
  { file: "answers.csv", label: "Réponses (CSV)" },
  { file: "ranking.csv", label: "Classement des thèmes (CSV)", closedOnly: true },
  { file: "campaign.xlsx", label: "Campagne complète (Excel)" },
] as const;

/**
 * The exports of the campaign. They need the bearer token, which a plain link cannot send: each
 * button fetches the file with it and hands the browser the result to save.
 */
export function CampaignExports({ campaign }: { campaign: CampaignView }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function download(file: string, label: string) {
    setBusy(file);
    setError(null);
    setDone(null);
    try {
      const url = `/api/questionnaire/exports/campaigns/${encodeURIComponent(campaign.campaignId)}/${file}`;
      const failure = await downloadWithToken(url, `${campaign.caseId}-${file}`, { forbidden: "Votre compte n'a pas accès à cette campagne.", notFound: "Le fichier ou la campagne est introuvable : rechargez la page." });
      if (failure) {
        setError(failure);
        return;
      }
      setDone(`Téléchargement lancé : ${label}.`);
    } catch {
      setError("Connexion impossible : vérifiez votre réseau puis réessayez.");
    } finally {
      setBusy(null);
    }
  }

  return (
    <div aria-busy={busy !== null}>
      {error && (
        <div className="fr-alert fr-alert--error fr-mb-2w" role="alert">
          <p className="fr-alert__title">Le fichier n'a pas pu être téléchargé</p>
          <p>{error}</p>
        </div>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
        {files
          .filter((f) => !("closedOnly" in f) || campaign.status === "closed")
          .map(({ file, label }) => (
            <li key={file}>
              <button type="button" className="fr-btn fr-btn--tertiary" disabled={busy !== null} onClick={() => download(file, label)}>
                {busy === file ? "Chargement…" : `Télécharger : ${label}`}
              </button>
            </li>
          ))}
      </ul>
      <p className="fr-sr-only" role="status">{done}</p>
      {campaign.status !== "closed" && (
        <p className="fr-hint-text">Le classement des thèmes se télécharge une fois la campagne clôturée.</p>
      )}
    </div>
  );
}
