import { isoDateTimeSchema } from "@tetris/shared";
import { z } from "zod";
import { criteriaSchema } from "../../domain/prioritisation/default-criteria.js";
import type { CriterionScore } from "../../domain/prioritisation/prioritisation-types.js";

const rank = z.number().int().positive();
const gridVersion = z
  .number()
  .int()
  .positive()
  .describe("The grid's version: give it as `expectedVersion` to `prioritisation.setCriteria`. Changing the criteria and publishing both move it on.");

/** One score as given: kept even once a later score on the same criterion replaces it in the ranking. */
export const criterionScoreViewSchema = z.object({
  criterionCode: z.string(),
  score: z.number().int().min(1).max(5),
  justification: z.string(),
  scoredBy: z.string().describe("The subject of the agent's token."),
  scoredAt: isoDateTimeSchema,
});
export type CriterionScoreView = z.infer<typeof criterionScoreViewSchema>;

/** Field by field, the date as ISO text (documents read back unhydrated may hold it as a string). */
export function criterionScoreView(s: CriterionScore): CriterionScoreView {
  return {
    criterionCode: s.criterionCode,
    score: s.score,
    justification: s.justification,
    scoredBy: s.scoredBy,
    scoredAt: new Date(s.scoredAt).toISOString(),
  };
}

const rankedProjectViewSchema = z.object({
  projectId: z.string(),
  title: z.string(),
  weightedScore: z
    .number()
    .nullable()
    .describe("Weighted mean of the latest scores on the 1–5 scale, rounded to 2 decimals; null until every weighted criterion is scored."),
  rank: rank.nullable().describe("1 = first; ties share a rank (1, 1, 3); null for a project not scored on every weighted criterion (listed last)."),
  missingCriteria: z.array(z.string()).describe("Codes of the weighted criteria the project has no score on yet."),
});

const sensitivityViewSchema = z.object({
  criterionCode: z.string(),
  change: z.enum(["+20%", "-20%"]),
  movedProjects: z
    .array(z.object({ projectId: z.string(), rankBefore: rank, rankAfter: rank }))
    .describe("The ranked projects whose rank would change; empty when the ranking withstands this change."),
});

/** A case's grid, the ranking derived from it and how robust that ranking is. */
export const rankingViewSchema = z.object({
  caseId: z.string(),
  version: gridVersion,
  criteria: criteriaSchema.describe("The case's grid, in order; a case gets the default grid the first time it is read."),
  ranking: z.array(rankedProjectViewSchema).describe("Every project of the case, by rank then id, unranked ones last."),
  sensitivity: z
    .array(sensitivityViewSchema)
    .describe("For each criterion of weight above zero, in grid order, the effect of its weight moving by +20 % and by −20 %."),
  robustness: z.string().describe("The sensitivity in one French sentence, for display."),
  publishedAt: isoDateTimeSchema.nullable().describe("When the ranking was last published; null if never."),
});

export const criteriaSavedSchema = z.object({ version: gridVersion });

export const rankingPublishedSchema = z.object({
  published: z.number().int().nonnegative().describe("Projects announced, one `ProjectPrioritised` each."),
  publishedAt: isoDateTimeSchema,
});
