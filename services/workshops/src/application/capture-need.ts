import {
  conflict,
  createEvent,
  insertOnce,
  invalidFields,
  loadFor,
  newWithEvents,
  saveAtVersion,
  territoryExistsIn,
  territoryName,
  type AnswerEvidence,
  type Principal,
} from "@tetris/shared";
import { z } from "zod";
import type { CapturedNeed } from "../domain/need.js";
import { assertNotCompleted } from "../domain/workshop.js";
import type { WorkshopsDeps } from "./deps.js";
import { loadWorkshopFor } from "./load-workshop.js";

const oneToFive = z.number().int().min(1).max(5);
const needFields = {
  sessionId: z.string().trim().min(1).max(100),
  statement: z.string().trim().min(5).max(2000),
  themeCode: z.string().regex(/^[a-z0-9-]{2,60}$/),
  territories: z.array(z.object({ kind: z.enum(["commune", "epci"]), code: z.string().trim().min(5).max(9) })).max(100).default([]),
  actorsConcerned: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  existing: z.string().trim().max(2000).default(""),
  blockers: z.string().trim().max(2000).default(""),
  urgency: oneToFive,
  impact: oneToFive,
  /** Questionnaire answers behind the need: a response and one of its questions. */
  evidence: z.array(z.object({ responseId: z.string().min(1).max(100), questionId: z.string().min(1).max(100) })).max(50).default([]),
};

export const captureNeedInput = z.object({
  workshopId: z.string().trim().min(1).max(100),
  /** Made by the client (a UUID): a capture sent twice by a flaky connection is stored once. */
  needId: z.uuid(),
  ...needFields,
});
export const editNeedInput = z.object({ needId: z.uuid(), expectedVersion: z.number().int().positive(), ...needFields });

async function resolvedFields(deps: WorkshopsDeps, workshop: { caseId: string; departmentCode: string; sessions: { sessionId: string }[] }, input: z.infer<typeof editNeedInput> | z.infer<typeof captureNeedInput>) {
  if (!workshop.sessions.some((s) => s.sessionId === input.sessionId)) invalidFields([{ path: "sessionId", message: "Atelier (session) inconnu" }]);
  const exists = territoryExistsIn(workshop.departmentCode);
  const badTerritory = input.territories.findIndex((t) => !exists(t.code, t.kind));
  if (badTerritory >= 0) invalidFields([{ path: `territories.${badTerritory}.code`, message: `Territoire inconnu dans le département ${workshop.departmentCode}` }]);
  const evidence: AnswerEvidence[] = [];
  for (const [index, ref] of input.evidence.entries()) {
    const response = await deps.caseResponses.findOne({ _id: ref.responseId, caseId: workshop.caseId }).lean();
    const answer = response?.answers.find((a) => a.questionId === ref.questionId);
    if (!response || !answer) invalidFields([{ path: `evidence.${index}`, message: "Réponse au questionnaire introuvable pour ce dossier" }]);
    evidence.push({ responseId: response._id, organisation: response.organisation, questionId: answer.questionId, questionLabel: answer.questionLabel, value: answer.value });
  }
  return {
    sessionId: input.sessionId,
    statement: input.statement,
    themeCode: input.themeCode,
    territories: input.territories.map((t) => ({ ...t, name: territoryName(workshop.departmentCode, t.code)! })),
    actorsConcerned: input.actorsConcerned,
    existing: input.existing,
    blockers: input.blockers,
    urgency: input.urgency,
    impact: input.impact,
    evidence,
  };
}

function needPayload(need: CapturedNeed) {
  const { _id, sessionId, statement, themeCode, territories, urgency, impact, evidence } = need;
  return { needId: _id, sessionId, statement, themeCode, territories, urgency, impact, evidence };
}

/** Captures a need during a session and emits NeedCaptured with it; a repeated capture returns the stored one. */
export async function captureNeed(deps: WorkshopsDeps, input: z.infer<typeof captureNeedInput>, principal: Principal, correlationId: string) {
  // The caller's right on the workshop is checked first, so a repeated capture never shows a
  // need to someone of another département.
  const workshop = await loadWorkshopFor(deps, input.workshopId, principal);
  const existing = await deps.needs.findById(input.needId, { outbox: 0 }).lean();
  if (existing) {
    if (existing.workshopId !== input.workshopId) conflict("Cet identifiant de besoin est déjà utilisé");
    return { ...existing, repeated: true };
  }
  assertNotCompleted(workshop);
  const need: CapturedNeed = {
    _id: input.needId,
    workshopId: workshop._id,
    caseId: workshop.caseId,
    departmentCode: workshop.departmentCode,
    ...(await resolvedFields(deps, workshop, input)),
    capturedBy: principal.subject,
    capturedAt: deps.now(),
  };
  const event = createEvent(
    "NeedCaptured",
    { caseId: need.caseId, departmentCode: need.departmentCode, correlationId, causationId: null },
    { workshopId: workshop._id, need: needPayload(need) },
    need.capturedAt,
  );
  if (!(await insertOnce(deps.needs, { ...need, ...newWithEvents([event]) }))) {
    // Two copies of the same capture raced past the read: the other one was stored.
    return { ...(await deps.needs.findById(input.needId, { outbox: 0 }).lean())!, repeated: true };
  }
  deps.eventsQueued();
  return { ...need, version: 1, repeated: false };
}

/** Edits a need at the version the facilitator saw; a concurrent edit is refused, never overwritten. */
export async function editNeed(deps: WorkshopsDeps, input: z.infer<typeof editNeedInput>, principal: Principal) {
  // The need's own département is checked, so that another's need answers « Besoin introuvable »
  // as an unknown one does, not the workshop's noun.
  const need = await loadFor(deps.needs, input.needId, principal, "Besoin");
  const workshop = await loadWorkshopFor(deps, need.workshopId, principal);
  assertNotCompleted(workshop);
  const fields = await resolvedFields(deps, workshop, input);
  const version = await saveAtVersion(deps.needs, { _id: need._id, version: input.expectedVersion }, { $set: fields }, {
    changedMeanwhile: `Ce besoin a été modifié par un autre animateur (version ${need.version}, vous aviez la ${input.expectedVersion}) : rechargez-le`,
  });
  return { ...need, ...fields, version };
}

export { needPayload };
