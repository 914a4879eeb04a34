import {
  actorTypeSchema,
  answerEvidenceSchema,
  departmentCodeSchema,
  isoDateSchema,
  isoDateTimeSchema,
  territorySchema,
  themeCodeSchema,
  type OutboxDocument,
  type Principal,
} from "@tetris/shared";
import { z } from "zod";
import type { Participant, Workshop, WorkshopSession } from "../../domain/workshop.js";

const hhmm = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .nullable();

const themeEvidenceSchema = z.object({
  themeRank: z.number().int().positive().nullable().describe("The theme's rank when the campaign closed; null for a session staff added."),
  themeScore: z.number().nonnegative().describe("The theme's score when the campaign closed; 0 for a session staff added."),
  explanation: z.string().describe("How the score was made, in French, for the facilitator."),
  topContributions: z
    .array(answerEvidenceSchema.extend({ contribution: z.number().describe("Points this answer gave the theme.") }))
    .describe("The answers that weighed most in the theme's score, with the value as the respondent gave it."),
  freeTexts: z
    .array(
      z.object({
        // Optional: days drafted before free texts kept their origin are stored without it, and
        // must still be shown; the capture page then offers only the free texts that have it.
        responseId: z
          .string()
          .optional()
          .describe("The response quoted: send it with `questionId` as `needs.capture` evidence. Absent on days drafted before it was kept."),
        questionId: z.string().optional().describe("The question of that response; absent with `responseId`."),
        organisation: z.string(),
        questionLabel: z.string(),
        text: z.string(),
      }),
    )
    .describe("The most telling free-text answers on the theme: five at most, the longest first."),
  actors: z
    .array(z.object({ organisation: z.string(), actorType: actorTypeSchema }))
    .describe("The respondents whose answers touch the theme."),
  territories: z.array(territorySchema).describe("The territories those respondents speak for, each once."),
});

const sessionViewSchema = z.object({
  sessionId: z.string(),
  themeCode: themeCodeSchema,
  title: z.string(),
  startsAt: hhmm.describe("HH:MM, or null until planned."),
  endsAt: hhmm.describe("HH:MM, or null until planned."),
  room: z.string().nullable(),
  facilitators: z.array(z.string()),
  evidence: themeEvidenceSchema.describe("What the questionnaire said of the session's theme, kept at hand for the discussion."),
});

const participantViewSchema = z.object({
  participantId: z.string().describe("The invitation id for an invited actor of the case; a UUID for an associated participant."),
  name: z.string().describe("The person's name for an associated participant; the organisation's name for an invited actor."),
  organisation: z.string(),
  actorType: actorTypeSchema,
  email: z
    .string()
    .nullable()
    .describe("Personal data: always null for partners; null too when unknown (invited actors come without one)."),
  source: z
    .enum(["invited", "responded", "associated"])
    .describe("`responded` if the actor had submitted the questionnaire when the campaign closed, `invited` if not, `associated` if staff added them."),
  sessionIds: z.array(z.string()).describe("The sessions they registered to."),
  present: z.boolean().describe("Marked present on the day."),
});

/** What a caller sees of a workshop day: never the outbox, and no participant's e-mail for partners. */
export const workshopViewSchema = z.object({
  workshopId: z.string().describe("`workshop-<campaignId>`."),
  caseId: z.string(),
  departmentCode: departmentCodeSchema,
  campaignId: z.string().describe("The questionnaire campaign whose closing prepared the day."),
  status: z
    .enum(["draft", "scheduled", "completed"])
    .describe("`draft` as prepared when the campaign closed, `scheduled` once a date and venue are set, `completed` once frozen by `workshops.complete`."),
  version: z
    .number()
    .int()
    .positive()
    .describe("Send it as `expectedVersion` to the planning edits and `workshops.complete`; registrations and attendance do not change it."),
  date: isoDateSchema.nullable().describe("YYYY-MM-DD; null until scheduled."),
  venue: z.string().nullable().describe("null until scheduled."),
  votesPerParticipant: z.number().int().positive().describe("The dots each participant may spend with `candidates.vote`."),
  sessions: z.array(sessionViewSchema).describe("In the order of the day: at first one per priority theme, in rank order."),
  participants: z.array(participantViewSchema),
  completedAt: isoDateTimeSchema.nullable().describe("null until completed."),
});
export type WorkshopView = z.infer<typeof workshopViewSchema>;

function sessionView(s: WorkshopSession): WorkshopView["sessions"][number] {
  return {
    sessionId: s.sessionId,
    themeCode: s.themeCode,
    title: s.title,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    room: s.room,
    facilitators: s.facilitators,
    // Quoted answers, scores and territories: no dates in it.
    evidence: s.evidence,
  };
}

/**
 * Participants' e-mail addresses are personal data kept for the préfecture and ANCT who run
 * the day: partners see the organisations, not the addresses.
 */
function participantView(p: Participant, personal: boolean): WorkshopView["participants"][number] {
  return {
    participantId: p.participantId,
    name: p.name,
    organisation: p.organisation,
    actorType: p.actorType,
    email: personal ? p.email : null,
    source: p.source,
    sessionIds: p.sessionIds,
    present: p.present,
  };
}

/** Field by field, so that whatever else the document holds (the outbox) stays in the database. */
export function workshopView(w: Workshop & Pick<OutboxDocument, "version">, principal: Principal): WorkshopView {
  const personal = principal.role !== "partner";
  return {
    workshopId: w._id,
    caseId: w.caseId,
    departmentCode: w.departmentCode,
    campaignId: w.campaignId,
    status: w.status,
    version: w.version,
    date: w.date,
    venue: w.venue,
    votesPerParticipant: w.votesPerParticipant,
    sessions: w.sessions.map(sessionView),
    participants: w.participants.map((p) => participantView(p, personal)),
    completedAt: w.completedAt?.toISOString() ?? null,
  };
}
