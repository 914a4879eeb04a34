import { isoDateTimeSchema } from "@tetris/shared";
import { z } from "zod";
import type { ProjectDecision } from "../../domain/project.js";

const outcome = z.enum(["selected", "not-selected"]);

/** The decision last taken on a project. */
export const decisionViewSchema = z.object({
  outcome,
  reason: z.string(),
  decidedBy: z.string().describe("The subject of the deciding agent's token."),
  decidedAt: isoDateTimeSchema,
});
export type DecisionView = z.infer<typeof decisionViewSchema>;

export function decisionView(d: ProjectDecision): DecisionView {
  return { outcome: d.outcome, reason: d.reason, decidedBy: d.decidedBy, decidedAt: new Date(d.decidedAt).toISOString() };
}

/** What `projects.decide` answers: the project's new status is the outcome. */
export const decisionTakenSchema = z.object({ projectId: z.string(), status: outcome, decidedAt: isoDateTimeSchema });
