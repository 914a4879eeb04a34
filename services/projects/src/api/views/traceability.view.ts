import { answerEvidenceSchema, needSchema } from "@tetris/shared";
import { z } from "zod";
import type { ProjectDocument } from "../../infrastructure/project.model.js";

/** From a project back to the needs it answers, their themes, and the questionnaire answers behind each need. */
export const traceabilityViewSchema = z.object({
  projectId: z.string(),
  title: z.string(),
  needs: z
    .array(
      needSchema.pick({ needId: true, statement: true, themeCode: true, territories: true, urgency: true, impact: true }).extend({
        answers: z.array(answerEvidenceSchema).describe("The questionnaire answers quoted as evidence of the need, as the respondents gave them."),
      }),
    )
    .describe("The needs the workshop attached to the candidate project, in its order; urgency and impact are 1–5."),
});
export type TraceabilityView = z.infer<typeof traceabilityViewSchema>;

export function traceabilityView(p: Pick<ProjectDocument, "_id" | "title" | "needs">): TraceabilityView {
  return {
    projectId: p._id,
    title: p.title,
    needs: p.needs.map((n) => ({
      needId: n.needId,
      statement: n.statement,
      themeCode: n.themeCode,
      territories: n.territories,
      urgency: n.urgency,
      impact: n.impact,
      answers: n.evidence,
    })),
  };
}
