import { authHeaders } from "./session.js";

export interface DownloadAdvice {
  /** What a 403 means on this page (who may download this file). */
  forbidden: string;
  /** What a 404 means on this page, if the file can be missing. */
  notFound?: string;
}

/** Why a download failed, and what to do, from the status and the `{ error }` body the service answers. */
async function failureOf(response: Response, advice: DownloadAdvice): Promise<string> {
  const body: unknown = await response.json().catch(() => null);
  const raw = body && typeof body === "object" && "error" in body ? (body as { error: unknown }).error : null;
  const said = typeof raw === "string" ? raw : raw && typeof raw === "object" && "message" in raw ? String(raw.message) : null;
  const what =
    response.status === 401
      ? "Votre session a expiré : reconnectez-vous puis réessayez."
      : response.status === 403
        ? advice.forbidden
        : response.status === 404 && advice.notFound
          ? advice.notFound
          : "Réessayez dans quelques instants ; si le problème persiste, signalez-le à l'équipe Tétris.";
  return said ? `${said}. ${what}` : what;
}

/** Hands the browser the file to save, under the name the server gives (Content-Disposition). */
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
 * Downloads a file that needs the bearer token, which a plain link cannot send: fetches it with
 * the token and hands the result to the browser. Answers null, or what to tell the user.
 */
export async function downloadWithToken(url: string, fallbackName: string, advice: DownloadAdvice): Promise<string | null> {
  try {
    const response = await fetch(url, { headers: authHeaders() });
    if (!response.ok) return failureOf(response, advice);
    save(await response.blob(), response, fallbackName);
    return null;
  } catch {
    return "Connexion impossible : vérifiez votre réseau puis réessayez.";
  }
}
