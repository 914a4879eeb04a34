import { useState } from "react";
import { downloadWithToken } from "../download.js";

const formats = [
  { format: "html", label: "Compte rendu à imprimer (HTML)" },
  { format: "pdf", label: "Compte rendu (PDF)" },
] as const;

/**
 * « Compte rendu »: the day's report, as a printable page or a PDF. It needs the bearer token,
 * which a plain link cannot send: each button fetches the file with it and saves the result.
 */
export function ReportDownloads({ workshopId }: { workshopId: string }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState("");

  async function download(format: string, label: string) {
    // The buttons stay enabled (disabling one would drop the keyboard focus): a second click waits its turn.
    if (busy !== null) return;
    setBusy(format);
    setError(null);
    setDone("");
    try {
      const url = `/api/workshops/reports/workshops/${encodeURIComponent(workshopId)}.${format}`;
      const failure = await downloadWithToken(url, `compte-rendu-${workshopId}.${format}`, { forbidden: "Votre compte n'a pas accès à cette journée d'ateliers.", notFound: "La journée d'ateliers est introuvable : rechargez la page." });
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
      <p>
        Le programme, les présences, les besoins par thème et les fiches projet avec leurs voix, tels qu'ils sont au moment du
        téléchargement.
      </p>
      {error && (
        <div className="fr-alert fr-alert--error fr-mb-2w" role="alert">
          <p className="fr-alert__title">Le compte rendu n'a pas pu être téléchargé</p>
          <p>{error}</p>
        </div>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
        {formats.map(({ format, label }) => (
          <li key={format}>
            <button
              type="button"
              className="fr-btn fr-btn--secondary fr-icon-download-line"
              aria-disabled={busy !== null && busy !== format ? true : undefined}
              onClick={() => download(format, label)}
            >
              {busy === format ? "Chargement…" : `Télécharger : ${label}`}
            </button>
          </li>
        ))}
      </ul>
      <p className="fr-sr-only" role="status">{done}</p>
    </div>
  );
}
