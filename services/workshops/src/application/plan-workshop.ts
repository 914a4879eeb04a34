import { randomUUID } from "node:crypto";
import { actorTypeSchema, createEvent, isoDateSchema, notFound, themeCodeSchema, type Principal } from "@tetris/shared";
import { z } from "zod";
import { assertNotCompleted, reorderedSessions, type WorkshopSession } from "../domain/workshop.js";
import type { WorkshopsDeps } from "./deps.js";
import { loadWorkshopFor, saveWorkshop } from "./load-workshop.js";

const id = z.string().trim().min(1).max(100);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Heure au format HH:MM");
const versioned = { workshopId: id, expectedVersion: z.number().int().positive() };

export const scheduleInput = z.object({
  ...versioned,
  date: isoDateSchema,
  venue: z.string().trim().min(3).max(300),
  votesPerParticipant: z.number().int().min(1).max(20).optional(),
});

/** Sets the day's date and venue: the workshop is scheduled, and WorkshopScheduled says so. */
export async function scheduleWorkshop(deps: WorkshopsDeps, input: z.infer<typeof scheduleInput>, principal: Principal, correlationId: string) {
  const workshop = await loadWorkshopFor(deps, input.workshopId, principal);
  assertNotCompleted(workshop);
  const event = createEvent(
    "WorkshopScheduled",
    { caseId: workshop.caseId, departmentCode: workshop.departmentCode, correlationId, causationId: null },
    {
      workshopId: workshop._id,
      campaignId: workshop.campaignId,
      date: input.date,
      venue: input.venue,
      sessions: workshop.sessions.map((s) => ({ sessionId: s.sessionId, themeCode: s.themeCode, title: s.title })),
    },
    deps.now(),
  );
  const set = { status: "scheduled", date: input.date, venue: input.venue, ...(input.votesPerParticipant ? { votesPerParticipant: input.votesPerParticipant } : {}) };
  return saveWorkshop(deps, workshop, input.expectedVersion, { $set: set }, [event]);
}

export const sessionInput = z
  .object({
    ...versioned,
    sessionId: id,
    title: z.string().trim().min(3).max(200).optional(),
    startsAt: time.nullable().optional(),
    endsAt: time.nullable().optional(),
    room: z.string().trim().max(100).nullable().optional(),
    facilitators: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
  })
  .refine((s) => !s.startsAt || !s.endsAt || s.startsAt < s.endsAt, { path: ["endsAt"], message: "La fin doit suivre le début" });

/** Edits a session's title, time slot, room or facilitators. */
export async function editSession(deps: WorkshopsDeps, input: z.infer<typeof sessionInput>, principal: Principal) {
  const workshop = await loadWorkshopFor(deps, input.workshopId, principal);
  assertNotCompleted(workshop);
  const index = workshop.sessions.findIndex((s) => s.sessionId === input.sessionId);
  if (index < 0) notFound("Atelier (session)");
  const { workshopId: _w, expectedVersion, sessionId: _s, ...changes } = input;
  const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined).map(([k, v]) => [`sessions.${index}.${k}`, v]));
  return saveWorkshop(deps, workshop, expectedVersion, { $set: set });
}

export const addSessionInput = z.object({ ...versioned, themeCode: themeCodeSchema, title: z.string().trim().min(3).max(200) });

/** Adds a session (a theme the ranking did not put first, or a second session on a theme). */
export async function addSession(deps: WorkshopsDeps, input: z.infer<typeof addSessionInput>, principal: Principal) {
  const workshop = await loadWorkshopFor(deps, input.workshopId, principal);
  assertNotCompleted(workshop);
  const session: WorkshopSession = {
    sessionId: `session-${randomUUID().slice(0, 8)}`,
    themeCode: input.themeCode,
    title: input.title,
    startsAt: null,
    endsAt: null,
    room: null,
    facilitators: [],
    evidence: { themeRank: null, themeScore: 0, explanation: "Atelier ajouté par l'équipe", topContributions: [], freeTexts: [], actors: [], territories: [] },
  };
  const version = await saveWorkshop(deps, workshop, input.expectedVersion, { $set: { sessions: [...workshop.sessions, session] } });
  return { sessionId: session.sessionId, version };
}

export const removeSessionInput = z.object({ ...versioned, sessionId: id });

/** Drops a session; participants registered to it are unregistered. */
export async function removeSession(deps: WorkshopsDeps, input: z.infer<typeof removeSessionInput>, principal: Principal) {
  const workshop = await loadWorkshopFor(deps, input.workshopId, principal);
  assertNotCompleted(workshop);
  if (!workshop.sessions.some((s) => s.sessionId === input.sessionId)) notFound("Atelier (session)");
  return saveWorkshop(deps, workshop, input.expectedVersion, {
    $set: {
      sessions: workshop.sessions.filter((s) => s.sessionId !== input.sessionId),
      participants: workshop.participants.map((p) => ({ ...p, sessionIds: p.sessionIds.filter((s) => s !== input.sessionId) })),
    },
  });
}

export const reorderInput = z.object({ ...versioned, sessionIds: z.array(id).min(1).max(50) });

export async function reorderSessions(deps: WorkshopsDeps, input: z.infer<typeof reorderInput>, principal: Principal) {
  const workshop = await loadWorkshopFor(deps, input.workshopId, principal);
  assertNotCompleted(workshop);
  return saveWorkshop(deps, workshop, input.expectedVersion, { $set: { sessions: reorderedSessions(workshop.sessions, input.sessionIds) } });
}

export const addParticipantInput = z.object({
  ...versioned,
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().min(1).max(200),
  actorType: actorTypeSchema,
  email: z.email("Adresse électronique invalide").nullable().default(null),
});

/** Adds an associated participant (DDT, Région, a hub…), beside the case's invited actors. */
export async function addParticipant(deps: WorkshopsDeps, input: z.infer<typeof addParticipantInput>, principal: Principal) {
  const workshop = await loadWorkshopFor(deps, input.workshopId, principal);
  assertNotCompleted(workshop);
  const { workshopId: _w, expectedVersion, ...person } = input;
  const participant = { participantId: randomUUID(), ...person, source: "associated" as const, sessionIds: [], present: false };
  const version = await saveWorkshop(deps, workshop, expectedVersion, { $push: { participants: participant } });
  return { participantId: participant.participantId, version };
}

export const registrationInput = z.object({ workshopId: id, participantId: id, sessionIds: z.array(id).max(50) });
export const attendanceInput = z.object({ workshopId: id, participantId: id, present: z.boolean() });

/**
 * Registration and attendance set one participant's own fields: several staff taking
 * attendance at once do not conflict, and setting the same value twice is harmless.
 */
export async function setParticipant(
  deps: WorkshopsDeps,
  input: { workshopId: string; participantId: string } & ({ sessionIds: string[] } | { present: boolean }),
  principal: Principal,
) {
  const workshop = await loadWorkshopFor(deps, input.workshopId, principal);
  assertNotCompleted(workshop);
  const index = workshop.participants.findIndex((p) => p.participantId === input.participantId);
  if (index < 0) notFound("Participant");
  if ("sessionIds" in input) {
    const known = new Set(workshop.sessions.map((s) => s.sessionId));
    const unknown = input.sessionIds.filter((s) => !known.has(s));
    if (unknown.length > 0) notFound(`Atelier (session) ${unknown.join(", ")}`);
  }
  const field = "sessionIds" in input ? { [`participants.${index}.sessionIds`]: [...new Set(input.sessionIds)] } : { [`participants.${index}.present`]: input.present };
  // Participants are only ever appended, so the index read is still theirs.
  const result = await deps.workshops.updateOne({ _id: workshop._id, status: { $ne: "completed" } }, { $set: field });
  if (result.matchedCount === 0) assertNotCompleted({ status: "completed" });
}
