import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";

/**
 * What the gateway must remember between sending the agent to the provider and their return:
 * state, nonce, PKCE verifier and the page to go back to. Kept in the agent's own browser as a
 * signed cookie (like the session managers of the big frameworks do), so any gateway instance
 * can finish the sign-in and nothing is stored for visitors who never come back. Signed with a
 * key derived from AUTH_SECRET: the agent can read it, but not forge or alter it.
 */
const pendingSchema = z.object({
  state: z.string().min(32),
  nonce: z.string().min(32),
  codeVerifier: z.string().min(43),
  returnTo: z.string(),
  expiresAt: z.number(),
});
export type PendingSignIn = z.infer<typeof pendingSchema>;

export const PENDING_SIGN_IN_SECONDS = 600;

const keyOf = (secret: string) => createHmac("sha256", secret).update("tetris: sign-in in progress").digest();

export function sealPendingSignIn(secret: string, pending: PendingSignIn): string {
  const body = Buffer.from(JSON.stringify(pending)).toString("base64url");
  return `${body}.${createHmac("sha256", keyOf(secret)).update(body).digest("base64url")}`;
}

/** The sign-in in progress, or null when the cookie is missing, altered or too old. */
export function openPendingSignIn(secret: string, sealed: string | null, now: number = Date.now()): PendingSignIn | null {
  if (!sealed) return null;
  const [body, signature] = sealed.split(".");
  if (!body || !signature) return null;
  const expected = createHmac("sha256", keyOf(secret)).update(body).digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const pending = pendingSchema.parse(JSON.parse(Buffer.from(body, "base64url").toString("utf8")));
    return pending.expiresAt > now ? pending : null;
  } catch {
    return null;
  }
}

/** Only a path of this site: an address given in the sign-in link must not send the agent away. */
export function safeReturnPath(candidate: unknown): string {
  if (typeof candidate !== "string" || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.startsWith("/\\")) return "/";
  if (candidate.startsWith("/auth/") || candidate === "/connexion") return "/";
  return candidate;
}
