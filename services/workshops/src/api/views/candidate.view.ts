import { departmentCodeSchema, maturities, projectKinds, territorySchema, type OutboxDocument } from "@tetris/shared";
import { z } from "zod";
import type { Candidate } from "../../domain/candidate.js";

const count = z.number().int().nonnegative();

/** A candidate project (fiche projet) with its vote total: never the outbox. */
export const candidateViewSchema = z.object({
  candidateId: z.string().describe("A UUID made by the server."),
  workshopId: z.string(),
  caseId: z.string(),
  departmentCode: departmentCodeSchema,
  title: z.string(),
  description: z.string(),
  kind: z.enum(projectKinds),
  leadOrganisation: z.string().describe("The organisation that would carry the project."),
  territories: z.array(territorySchema).describe("The communes and EPCI concerned, with their official names."),
  budgetRange: z
    .object({ minEuros: z.number().nonnegative(), maxEuros: z.number().nonnegative() })
    .nullable()
    .describe("The estimated cost in euros; null when not estimated."),
  maturity: z.enum(maturities),
  needIds: z.array(z.string()).describe("The needs of the workshop it answers, each once."),
  version: z.number().int().positive().describe("Send it as `expectedVersion` to `candidates.edit`."),
  votes: count.describe("The dots all participants have put on it so far."),
});
export type CandidateView = z.infer<typeof candidateViewSchema>;

/** Field by field, so that whatever else the document holds (outbox, timestamps) stays in the database. */
export function candidateView(c: Candidate & Pick<OutboxDocument, "version">, votes: number): CandidateView {
  return {
    candidateId: c._id,
    workshopId: c.workshopId,
    caseId: c.caseId,
    departmentCode: c.departmentCode,
    title: c.title,
    description: c.description,
    kind: c.kind,
    leadOrganisation: c.leadOrganisation,
    territories: c.territories,
    budgetRange: c.budgetRange,
    maturity: c.maturity,
    needIds: c.needIds,
    version: c.version,
    votes,
  };
}

/** A participant's ballot as recorded by `candidates.vote`. */
export const ballotViewSchema = z.object({
  participantId: z.string(),
  allocations: z
    .record(z.string(), z.number().int().positive())
    .describe("The participant's dots by candidate id, as now recorded: candidates given 0 are left out."),
  remaining: count.describe("The dots the participant has left to spend."),
});
