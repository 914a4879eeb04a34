import { useState } from "react";
import { downloadWithToken, type DownloadAdvice } from "../download.js";

export interface DownloadFile {
  key: string;
  label: string;
  url: string;
  fallbackName: string;
}

/**
 * Buttons that download files needing the bearer token, with their progress, a confirmation
 * for screen readers and an error that says what to do. The buttons stay enabled (disabling one
 * would drop the keyboard focus): a second click while one file loads is ignored.
 */
export function DownloadButtons({ files, advice, errorTitle = "Le fichier n'a pas pu être téléchargé" }: {
  files: DownloadFile[];
  advice: DownloadAdvice;
  errorTitle?: string;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState("");

  async function download({ key, label, url, fallbackName }: DownloadFile) {
    if (busy !== null) return;
    setBusy(key);
    setError(null);
    setDone("");
    const failure = await downloadWithToken(url, fallbackName, advice);
    setBusy(null);
    if (failure) setError(failure);
    else setDone(`Téléchargement lancé : ${label}.`);
  }

  return (
    <div aria-busy={busy !== null}>
      {error && (
        <div className="fr-alert fr-alert--error fr-mb-2w" role="alert">
          <p className="fr-alert__title">{errorTitle}</p>
          <p>{error}</p>
        </div>
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
        {files.map((file) => (
          <li key={file.key}>
            <button
              type="button"
              className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left"
              aria-disabled={busy !== null && busy !== file.key ? true : undefined}
              onClick={() => download(file)}
            >
              {busy === file.key ? "Chargement…" : `Télécharger : ${file.label}`}
            </button>
          </li>
        ))}
      </ul>
      <p className="fr-sr-only" role="status">{done}</p>
    </div>
  );
}
