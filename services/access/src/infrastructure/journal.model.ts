import { Schema, type Connection } from "mongoose";
import type { SessionEvent } from "../domain/journal-events.js";

/**
 * Sign-ins and sign-outs, one inserted document each. Not in the session document: a session
 * is deleted at sign-out or expiry, and its record must outlive it. Each insert is a single
 * write; the order of the writes around it is chosen in application/sessions.ts.
 */
export type SessionEventDocument = Omit<SessionEvent, "id"> & { _id: string };

/** The fields of either event, for mongoose (a sign-out has no habilitation). */
type StoredSessionEvent = Omit<SessionEventDocument, "habilitation"> & { habilitation?: unknown };

const sessionEventSchema = new Schema<StoredSessionEvent>(
  {
    _id: { type: String, required: true },
    type: { type: String, required: true },
    version: { type: Number, required: true },
    occurredAt: { type: Date, required: true },
    actor: { type: Schema.Types.Mixed, required: true },
    agent: { type: Schema.Types.Mixed, required: true },
    habilitation: { type: Schema.Types.Mixed, default: undefined },
  },
  { versionKey: false, collection: "session_events", minimize: false },
);
sessionEventSchema.index({ occurredAt: -1, _id: -1 });

export function sessionEventModel(connection: Connection) {
  return connection.model<StoredSessionEvent>("SessionEvent", sessionEventSchema);
}
export type SessionEventModel = ReturnType<typeof sessionEventModel>;
