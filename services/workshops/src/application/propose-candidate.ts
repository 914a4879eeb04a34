import { randomUUID } from "node:crypto";
import {
  assertDepartment,
  maturities,
  needSchema,
  notFound,
  projectKinds,
  territorySchema,
  withEvents,
  type Principal,
} from "@tetris/shared";
import { z } from "zod";
import { assertDraft, type CandidateProject } from "../domain/workshop.js";
import type { WorkshopsDeps } from "./deps.js";

export const proposeCandidateInput = z.object({
  workshopId: z.string().trim().min(1).max(100),
  title: z.string().trim().min(3).max(200),
  description: z.string().trim().max(5000).default(""),
  kind: z.enum(projectKinds),
  leadOrganisation: z.string().trim().min(1).max(200),
  territories: z.array(territorySchema).max(200).default([]),
  budgetRange: z
    .object({ minEuros: z.number().nonnegative(), maxEuros: z.number().nonnegative() })
    .refine((b) => b.maxEuros >= b.minEuros, { path: ["maxEuros"], message: "Le maximum doit dépasser le minimum" })
    .nullable()
    .default(null),
  maturity: z.enum(maturities),
  needs: z.array(needSchema).max(200).default([]),
});
export type ProposeCandidateInput = z.infer<typeof proposeCandidateInput>;

/** Adds a candidate project (fiche projet) to a workshop that is still open. */
export async function proposeCandidate(deps: WorkshopsDeps, input: ProposeCandidateInput, principal: Principal) {
  const workshop = await deps.workshops.findById(input.workshopId).lean();
  if (!workshop) notFound("Atelier");
  assertDepartment(principal, workshop.departmentCode);
  assertDraft(workshop);
  const { workshopId: _id, ...fields } = input;
  const candidate: CandidateProject = { candidateId: randomUUID(), votes: 0, ...fields };
  // Filtering on the status makes the write refuse a workshop completed since it was read.
  const result = await deps.workshops.updateOne(
    { _id: workshop._id, status: "draft" },
    withEvents({ $push: { candidates: candidate } }, []),
  );
  if (result.matchedCount === 0) assertDraft({ status: "completed" });
  return candidate;
}
