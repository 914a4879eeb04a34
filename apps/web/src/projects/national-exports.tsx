import { useState } from "react";
import { downloadWithToken } from "../download.js";

const files = [
  { file: "national.csv", label: "Vue nationale (CSV)" },
  { file: "national.xlsx", label: "Vue nationale (Excel)" },
] as const;

/**
 * The national view as files. They need the bearer token, which a plain link cannot send: each
 * button fetches the file with it and hands the browser the result to save.
 */
export function NationalExports() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function download(file: string, label: string) {
    setBusy(file);
    setError(null);
    setDone(null);
    try {
      const failure = await downloadWithToken(`/api/projects/exports/${file}`, `tetris-${file}`, { forbidden: "La vue nationale est réservée aux agents de l'ANCT." });
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
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-btns-group--icon-left">
        {files.map(({ file, label }) => (
          <li key={file}>
            <button
              type="button"
              className="fr-btn fr-btn--secondary fr-icon-download-line"
              disabled={busy !== null}
              onClick={() => download(file, label)}
            >
              {busy === file ? "Chargement…" : `Télécharger : ${label}`}
            </button>
          </li>
        ))}
      </ul>
      <p className="fr-sr-only" role="status">{done}</p>
    </div>
  );
}
