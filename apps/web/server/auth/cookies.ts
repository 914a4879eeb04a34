import type { Request, Response } from "express";

/**
 * The two cookies of the sign-in, both httpOnly (no script reads them) and SameSite=Lax (sent
 * on a top-level navigation back from the provider, never on another site's request). On https
 * they are Secure and carry the __Host- prefix, which pins them to this origin and path /.
 */
export interface CookieNames {
  session: string;
  pendingSignIn: string;
}

export function cookieNames(secure: boolean): CookieNames {
  const prefix = secure ? "__Host-" : "";
  return { session: `${prefix}tetris_session`, pendingSignIn: `${prefix}tetris_connexion` };
}

export function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0 && part.slice(0, at).trim() === name) return decodeURIComponent(part.slice(at + 1).trim());
  }
  return null;
}

export function setCookie(res: Response, name: string, value: string, secure: boolean, maxAgeSeconds: number): void {
  res.append(
    "Set-Cookie",
    `${name}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}${secure ? "; Secure" : ""}`,
  );
}

export function clearCookie(res: Response, name: string, secure: boolean): void {
  setCookie(res, name, "", secure, 0);
}
