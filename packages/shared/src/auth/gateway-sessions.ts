import type { Role } from "./principal.js";

/**
 * The contract of the access service's internal session routes, which only the web gateway
 * calls (with its credential, `x-tetris-gateway`): one place for both sides' types.
 */
export const internalSessionPaths = {
  open: "/internal/sessions",
  resolve: "/internal/sessions/resolve",
  close: "/internal/sessions/close",
} as const;

/** What the gateway learnt from ProConnect (the ID token's and userinfo's claims). */
export interface SessionIdentity {
  subject: string;
  email: string;
  givenName: string;
  usualName: string;
  siret: string | null;
  idpId: string | null;
}

/** `POST /internal/sessions` answers 201 with it: the id goes into the cookie, and only there. */
export interface OpenedSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: string;
}

/** A signed-in agent as the access service knows them, with the habilitation granted now. */
export interface ResolvedSession {
  subject: string;
  email: string;
  name: string;
  siret: string | null;
  csrfToken: string;
  expiresAt: string;
  habilitation: { role: Role; departments: string[] } | null;
}
