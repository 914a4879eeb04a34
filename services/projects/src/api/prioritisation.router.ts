import { router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import type { ProjectsDeps } from "../application/deps.js";
import { caseRanking, criteriaInput, publishRanking, scoreInput, scoreProject, setCriteria } from "../application/prioritise.js";
import { criteriaSavedSchema, criterionScoreView, criterionScoreViewSchema, rankingPublishedSchema, rankingViewSchema } from "./views/prioritisation.view.js";

const caseInput = z.object({ caseId: z.string().trim().min(1).max(100) });

// The errors of every procedure that finds a case through its projects: another département's
// case answers as if it had no project, so that case ids cannot be probed.
const caseWithoutProjects = "404 if the case has no project (yet) or belongs to a département that is not the caller's (the same answer)";
const gridChanged = "409 if the grid changed since it was read (criteria changed or ranking published): reload it and try again";

export function prioritisationRouter(deps: ProjectsDeps) {
  const anct = staffProcedure("anct");
  return router({
    ranking: staffProcedure("anct", "prefecture", "partner")
      .meta({
        summary:
          "A case's grid (criteria and weights, with its `version`), the ranking derived from the latest scores (weighted mean; " +
          "projects not scored on every weighted criterion come last, unranked), which projects would change rank if any single " +
          "weight moved by ±20 %, and when the ranking was last published. A case gets the default grid the first time it is read.",
        errors: [caseWithoutProjects],
      })
      .input(caseInput)
      .output(rankingViewSchema)
      .query(async ({ ctx, input }) => caseRanking(deps, input.caseId, ctx.principal)),
    setCriteria: anct
      .meta({
        summary:
          "Replaces a case's criteria and weights (ANCT), at the grid `version` read from `prioritisation.ranking`; answers the new " +
          "version. Scores already given are kept: the ranking follows the new grid at once, and scores on a criterion that left " +
          "the grid no longer count.",
        errors: [
          caseWithoutProjects,
          "400 if two criteria share a code (path `criteria.<index>.code`) or no weight is above zero (path `criteria`)",
          "409 if the grid is no longer at `expectedVersion` (changed or published meanwhile): reload it",
        ],
      })
      .input(criteriaInput)
      .output(criteriaSavedSchema)
      .mutation(async ({ ctx, input }) => setCriteria(deps, input, ctx.principal)),
    score: anct
      .meta({
        summary:
          "Scores one project 1–5 on one criterion of its case's grid, with a written justification (ANCT), and answers the score " +
          "as recorded. Earlier scores are kept; the latest per criterion counts.",
        errors: [
          "404 if the project does not exist or belongs to a département that is not the caller's (the same answer)",
          "400 if the criterion is not in the case's grid (path `criterionCode`)",
          "409 if the project changed meanwhile: try again",
        ],
      })
      .input(scoreInput)
      .output(criterionScoreViewSchema)
      .mutation(async ({ ctx, input }) => criterionScoreView(await scoreProject(deps, input, ctx.principal))),
    publish: anct
      .meta({
        summary:
          "Publishes the case's current ranking (ANCT): records it with its date and emits one `ProjectPrioritised` per project, " +
          "with its rank, weighted score and latest scores. It may be published again after scores or weights change.",
        errors: [caseWithoutProjects, "409 while a project is not scored on every weighted criterion", gridChanged],
      })
      .input(caseInput)
      .output(rankingPublishedSchema)
      .mutation(async ({ ctx, input }) => publishRanking(deps, input.caseId, ctx.principal, ctx.correlationId)),
  });
}
