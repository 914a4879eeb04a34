import type { Logger, SessionIdentity } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";

/**
 * A signed-in agent's server-side session. Its _id is the sha256 of the session id the cookie
 * carries: the id itself is never stored, so a copy of the database opens no session.
 */
export interface SessionDocument extends SessionIdentity {
  _id: string;
  /** Kept for the provider's logout (`id_token_hint`), given back once at sign-out. */
  idToken: string;
  csrfToken: string;
  createdAt: Date;
  /** The last use written down (at most once a minute): the idle expiry counts from it. */
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
}

const sessionSchema = new Schema<SessionDocument>(
  {
    _id: { type: String, required: true },
    subject: { type: String, required: true },
    email: { type: String, required: true },
    givenName: { type: String, default: "" },
    usualName: { type: String, default: "" },
    siret: { type: String, default: null },
    idpId: { type: String, default: null },
    idToken: { type: String, required: true },
    csrfToken: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
    absoluteExpiresAt: { type: Date, required: true },
  },
  { versionKey: false, collection: "sessions", minimize: false },
);

export function sessionModel(connection: Connection) {
  return connection.model<SessionDocument>("Session", sessionSchema);
}
export type SessionModel = ReturnType<typeof sessionModel>;

/**
 * A TTL index on the absolute expiry, as a safety net only: expiry is checked in code at every
 * resolution, and expired sessions are purged at each sign-in. FerretDB v1 refuses the option
 * ("not implemented", code 238): the service then goes on without it and says so once.
 */
export async function ensureSessionExpiryIndex(sessions: SessionModel, logger: Logger): Promise<void> {
  try {
    await sessions.collection.createIndex({ absoluteExpiresAt: 1 }, { expireAfterSeconds: 0, name: "absolute_expiry_ttl" });
  } catch (err) {
    logger.info({ reason: (err as Error).message }, "no TTL index on sessions (not supported by the database): expired sessions are deleted when met and at each sign-in");
  }
}
