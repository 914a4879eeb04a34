import { createHash, randomBytes, randomUUID } from "node:crypto";
import { insertOnce, type ResolvedSession, type SessionIdentity } from "@tetris/shared";
import { z } from "zod";
import { emailSchema } from "../domain/holder.js";
import type { AgentSignedIn, AgentSignedOut } from "../domain/journal-events.js";
import { expiryOf, isExpired, needsTouch } from "../domain/session.js";
import type { SessionEventDocument } from "../infrastructure/journal.model.js";
import type { SessionDocument } from "../infrastructure/session.model.js";
import type { AccessDeps } from "./deps.js";
import { habilitationOfIdentity } from "./habilitations.js";

const optionalText = z.string().trim().max(200, "200 caractères au plus").nullable();

/** What the gateway learnt from ProConnect (the ID token's and userinfo's claims). */
export const openSessionBody = z.object({
  identity: z.object({
    subject: z.string().min(1, "Identifiant (sub) requis").max(255, "255 caractères au plus"),
    email: emailSchema,
    givenName: z.string().trim().max(200, "200 caractères au plus"),
    usualName: z.string().trim().max(200, "200 caractères au plus"),
    siret: z.string().regex(/^\d{14}$/, "Le SIRET compte 14 chiffres").nullable(),
    idpId: optionalText,
  }),
  idToken: z.string().min(1, "Jeton d'identité requis").max(20_000, "Jeton d'identité trop long"),
}) satisfies z.ZodType<{ identity: SessionIdentity; idToken: string }>; // the shared contract: a change to either shows here
export type OpenSessionBody = z.infer<typeof openSessionBody>;

export const sessionIdBody = z.object({ sessionId: z.string().min(1, "Identifiant de session requis").max(200, "Identifiant de session trop long") });


const secret = () => randomBytes(32).toString("base64url");
const hashOf = (sessionId: string) => createHash("sha256").update(sessionId).digest("hex");

/** A UUID (version 8, RFC 9562) derived from a name: the same sign-out is recorded once, whatever the retries. */
function derivedUuid(name: string): string {
  const bytes = createHash("sha256").update(name).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const agentOf = (s: Pick<SessionDocument, "subject" | "email" | "siret" | "idpId">) => ({ subject: s.subject, email: s.email, siret: s.siret, idpId: s.idpId });
const nameOf = (s: { givenName: string; usualName: string; email: string }) => `${s.givenName} ${s.usualName}`.trim() || s.email;

function asDocument<E extends { id: string }>(event: E): Omit<E, "id"> & { _id: string } {
  const { id, ...rest } = event;
  return { _id: id, ...rest };
}

/**
 * Opens a session for an agent ProConnect vouched for, and records the sign-in. The session is
 * written first, then its record: should the record fail, the gateway never receives the
 * session id, so the session cannot be used (it is removed, or expires), and no unrecorded
 * sign-in can act. Expired sessions are purged on the way (the TTL index may be missing).
 */
export async function openSession(deps: AccessDeps, body: OpenSessionBody) {
  const now = deps.now();
  const { identity } = body;
  const sessionId = secret();
  const csrfToken = secret();
  const session: SessionDocument = {
    _id: hashOf(sessionId),
    ...identity,
    idToken: body.idToken,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    absoluteExpiresAt: new Date(now.getTime() + deps.lifetimes.maxSeconds * 1000),
  };
  await deps.sessions.deleteMany({
    $or: [{ absoluteExpiresAt: { $lte: now } }, { lastSeenAt: { $lte: new Date(now.getTime() - deps.lifetimes.idleSeconds * 1000) } }],
  });
  const habilitation = await habilitationOfIdentity(deps, identity);
  await deps.sessions.create(session);
  const signedIn: AgentSignedIn = {
    id: randomUUID(),
    type: "AgentSignedIn",
    version: 1,
    occurredAt: now,
    actor: { subject: identity.subject, name: nameOf(identity) },
    agent: agentOf(identity),
    habilitation,
  };
  try {
    await deps.sessionEvents.create(asDocument(signedIn));
  } catch (err) {
    await deps.sessions.deleteOne({ _id: session._id }).catch(() => undefined);
    throw err;
  }
  return { sessionId, csrfToken, expiresAt: expiryOf(session, deps.lifetimes).toISOString() };
}

/**
 * The session behind a cookie, with the habilitation its agent has NOW (a grant or a withdrawal
 * shows at the next request), or null when unknown, closed or expired (an expired one is
 * deleted). A use extends the idle expiry, written at most once a minute.
 */
export async function resolveSession(deps: AccessDeps, sessionId: string): Promise<ResolvedSession | null> {
  const now = deps.now();
  const id = hashOf(sessionId);
  let session = await deps.sessions.findById(id).lean<SessionDocument>();
  if (!session) return null;
  if (isExpired(session, deps.lifetimes, now)) {
    await deps.sessions.deleteOne({ _id: id });
    return null;
  }
  if (needsTouch(session, now)) {
    // Only forward: two requests at once never move the last use back.
    await deps.sessions.updateOne({ _id: id, lastSeenAt: { $lt: now } }, { $set: { lastSeenAt: now } });
    session = { ...session, lastSeenAt: now };
  }
  return {
    subject: session.subject,
    email: session.email,
    name: nameOf(session),
    siret: session.siret,
    csrfToken: session.csrfToken,
    expiresAt: expiryOf(session, deps.lifetimes).toISOString(),
    habilitation: await habilitationOfIdentity(deps, session),
  };
}

/**
 * Ends a session and records the sign-out; gives back the ID token once, for the provider's
 * logout. The record is written before the session is deleted, under an id derived from the
 * session: a retry after a failure in between records nothing twice, and no session ends
 * unrecorded. An unknown session answers null (closing twice is harmless).
 */
export async function closeSession(deps: AccessDeps, sessionId: string): Promise<{ idToken: string | null }> {
  const id = hashOf(sessionId);
  const session = await deps.sessions.findById(id).lean<SessionDocument>();
  if (!session) return { idToken: null };
  const signedOut: AgentSignedOut = {
    id: derivedUuid(`signed-out:${id}`),
    type: "AgentSignedOut",
    version: 1,
    occurredAt: deps.now(),
    actor: { subject: session.subject, name: nameOf(session) },
    agent: agentOf(session),
  };
  await insertOnce(deps.sessionEvents, asDocument(signedOut) as SessionEventDocument);
  const deleted = await deps.sessions.findOneAndDelete({ _id: id }).lean<SessionDocument>();
  return { idToken: deleted?.idToken ?? null };
}
