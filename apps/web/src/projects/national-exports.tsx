import { useState } from "react";
import { currentToken } from "../session.js";

const files = [
  { file: "national.csv", label: "Vue nationale (CSV)" },
  { file: "national.xlsx", label: "Vue nationale (Excel)" },
] as const;

/** Why a download failed, and what to do, from the status and the `{ error }` body the service answers. */
async function failureOf(response: Response): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const raw = body && typeof body === "object" && "error" in body ? (body as { error: unknown }).error : null;
  const said = typeof raw === "string" ? raw : raw && typeof raw === "object" && "message" in raw ? String(raw.message) : null;
  const advice =
    response.status === 401
      ? "Votre session a expiré : reconnectez-vous puis réessayez."
      : response.status === 403
        ? "La vue nationale est réservée aux agents de l'ANCT."
        : "Réessayez dans quelques instants ; si le problème persiste, signalez-le à l'équipe Tétris.";
  return said ? `${said}. ${advice}` : advice;
}

/** Saves the blob under the name the server gives (Content-Disposition), else a name of our own. */
function save(blob: Blob, response: Response, fallback: string): void {
  const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallback;
  const href = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = href;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 1000);
}

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
      const response = await fetch(`/api/projects/exports/${file}`, { headers: { Authorization: `Bearer ${currentToken() ?? ""}` } });
      if (!response.ok) {
        setError(await failureOf(response));
        return;
      }
      save(await response.blob(), response, `tetris-${file}`);
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
