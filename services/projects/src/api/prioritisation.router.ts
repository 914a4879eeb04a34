import { router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import type { ProjectsDeps } from "../application/deps.js";
import { caseRanking, criteriaInput, publishRanking, scoreInput, scoreProject, setCriteria } from "../application/prioritise.js";

const caseInput = z.object({ caseId: z.string().trim().min(1).max(100) });

export function prioritisationRouter(deps: ProjectsDeps) {
  const anct = staffProcedure("anct");
  return router({
    ranking: staffProcedure("anct", "prefecture", "partner")
      .meta({ summary: "A case's grid (criteria and weights), the ranking derived from the scores, and which projects would change rank if any single weight moved by ±20 %." })
      .input(caseInput)
      .query(async ({ ctx, input }) => caseRanking(deps, input.caseId, ctx.principal)),
    setCriteria: anct
      .meta({ summary: "Changes a case's criteria or weights (ANCT).", errors: ["409 if the grid changed since `expectedVersion`"] })
      .input(criteriaInput)
      .mutation(async ({ ctx, input }) => setCriteria(deps, input, ctx.principal)),
    score: anct
      .meta({ summary: "Scores one project 1–5 on one criterion, with a written justification (ANCT). Earlier scores are kept; the latest counts.", errors: ["400 if the criterion is not in the case's grid"] })
      .input(scoreInput)
      .mutation(async ({ ctx, input }) => scoreProject(deps, input, ctx.principal)),
    publish: anct
      .meta({ summary: "Publishes the ranking: emits one ProjectPrioritised per project.", errors: ["409 while a project is not scored on every criterion"] })
      .input(caseInput)
      .mutation(async ({ ctx, input }) => publishRanking(deps, input.caseId, ctx.principal, ctx.correlationId)),
  });
}
