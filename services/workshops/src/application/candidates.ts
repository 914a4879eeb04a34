import { randomUUID } from "node:crypto";
import {
  insertOnce,
  invalidFields,
  loadFor,
  maturities,
  newWithEvents,
  notFound,
  projectKinds,
  saveAtVersion,
  territoryExistsIn,
  territoryName,
  type Principal,
} from "@tetris/shared";
import { z } from "zod";
import { assertBallot, ballotIdFor, castBallots, votesRemaining, type Candidate } from "../domain/candidate.js";
import { assertNotCompleted } from "../domain/workshop.js";
import type { WorkshopsDeps } from "./deps.js";
import { loadWorkshopFor } from "./load-workshop.js";

const candidateFields = {
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5000).default(""),
  kind: z.enum(projectKinds),
  leadOrganisation: z.string().trim().min(1).max(200),
  territories: z.array(z.object({ kind: z.enum(["commune", "epci"]), code: z.string().trim().min(5).max(9) })).max(200).default([]),
  budgetRange: z
    .object({ minEuros: z.number().nonnegative(), maxEuros: z.number().nonnegative() })
    .refine((b) => b.maxEuros >= b.minEuros, { path: ["maxEuros"], message: "Le maximum doit dépasser le minimum" })
    .nullable()
    .default(null),
  maturity: z.enum(maturities),
  needIds: z.array(z.uuid()).max(200).default([]),
};
export const createCandidateInput = z.object({ workshopId: z.string().trim().min(1).max(100), ...candidateFields });
export const editCandidateInput = z.object({ candidateId: z.string().min(1).max(100), expectedVersion: z.number().int().positive(), ...candidateFields });

async function checkedFields(deps: WorkshopsDeps, workshop: { _id: string; departmentCode: string }, input: z.infer<typeof editCandidateInput> | z.infer<typeof createCandidateInput>) {
  const needs = await deps.needs.find({ _id: { $in: input.needIds }, workshopId: workshop._id }, { _id: 1 }).lean();
  const found = new Set(needs.map((n) => n._id));
  const missing = input.needIds.findIndex((id) => !found.has(id));
  if (missing >= 0) invalidFields([{ path: `needIds.${missing}`, message: "Besoin inconnu dans cet atelier" }]);
  const exists = territoryExistsIn(workshop.departmentCode);
  const bad = input.territories.findIndex((t) => !exists(t.code, t.kind));
  if (bad >= 0) invalidFields([{ path: `territories.${bad}.code`, message: `Territoire inconnu dans le département ${workshop.departmentCode}` }]);
  const { title, description, kind, leadOrganisation, budgetRange, maturity, needIds } = input;
  const territories = input.territories.map((t) => ({ ...t, name: territoryName(workshop.departmentCode, t.code)! }));
  return { title, description, kind, leadOrganisation, territories, budgetRange, maturity, needIds: [...new Set(needIds)] };
}

/** Makes a candidate project (fiche projet) from needs the facilitators grouped. */
export async function createCandidate(deps: WorkshopsDeps, input: z.infer<typeof createCandidateInput>, principal: Principal) {
  const workshop = await loadWorkshopFor(deps, input.workshopId, principal);
  assertNotCompleted(workshop);
  const candidate: Candidate = {
    _id: randomUUID(),
    workshopId: workshop._id,
    caseId: workshop.caseId,
    departmentCode: workshop.departmentCode,
    ...(await checkedFields(deps, workshop, input)),
  };
  await insertOnce(deps.candidates, { ...candidate, ...newWithEvents([]) });
  return { ...candidate, version: 1 };
}

export async function editCandidate(deps: WorkshopsDeps, input: z.infer<typeof editCandidateInput>, principal: Principal) {
  // The candidate's own département is checked, so that another's answers « Fiche projet
  // introuvable » as an unknown one does, not the workshop's noun.
  const candidate = await loadFor(deps.candidates, input.candidateId, principal, "Fiche projet");
  const workshop = await loadWorkshopFor(deps, candidate.workshopId, principal);
  assertNotCompleted(workshop);
  const fields = await checkedFields(deps, workshop, input);
  const version = await saveAtVersion(deps.candidates, { _id: candidate._id, version: input.expectedVersion }, { $set: fields }, {
    changedMeanwhile: "Cette fiche projet a été modifiée par quelqu'un d'autre : rechargez-la",
  });
  return { ...candidate, ...fields, version };
}

export const castVotesInput = z.object({
  workshopId: z.string().trim().min(1).max(100),
  participantId: z.string().trim().min(1).max(100),
  /** Votes per candidate id; a participant may put several on one candidate. */
  allocations: z.record(z.string().min(1).max(100), z.number().int().min(0).max(20)),
});

/**
 * Records a participant's dots, replacing their previous ones: at most the workshop's fixed
 * number, on its own candidates, by a participant of the day.
 */
export async function castVotes(deps: WorkshopsDeps, input: z.infer<typeof castVotesInput>, principal: Principal) {
  const workshop = await loadWorkshopFor(deps, input.workshopId, principal);
  assertNotCompleted(workshop);
  if (!workshop.participants.some((p) => p.participantId === input.participantId)) notFound("Participant");
  const candidates = await deps.candidates.find({ workshopId: workshop._id }, { _id: 1 }).lean();
  const allocations = Object.fromEntries(Object.entries(input.allocations).filter(([, n]) => n > 0));
  assertBallot(allocations, workshop.votesPerParticipant, new Set(candidates.map((c) => c._id)));
  const _id = ballotIdFor(workshop._id, input.participantId);
  await deps.ballots.updateOne({ _id }, { $set: { workshopId: workshop._id, participantId: input.participantId, allocations }, $inc: { version: 1 } }, { upsert: true });
  return { participantId: input.participantId, allocations, remaining: votesRemaining(allocations, workshop.votesPerParticipant) };
}

/** Every participant's dots as recorded, so that staff can see who voted and correct a ballot. */
export async function recordedBallots(deps: WorkshopsDeps, workshopId: string, principal: Principal) {
  const workshop = await loadWorkshopFor(deps, workshopId, principal);
  const ballots = await deps.ballots.find({ workshopId: workshop._id }, { participantId: 1, allocations: 1 }).lean();
  return castBallots(ballots, workshop.participants.map((p) => p.participantId)).map(({ participantId, allocations }) => ({
    participantId,
    allocations,
    remaining: votesRemaining(allocations, workshop.votesPerParticipant),
  }));
}
