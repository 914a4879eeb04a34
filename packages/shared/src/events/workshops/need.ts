import { z } from "zod";
import { answerEvidenceSchema, territorySchema, themeCodeSchema } from "../common.js";

const oneToFive = z.number().int().min(1).max(5);

/** A need (besoin) as captured in a workshop session, with the answers that back it. */
export const needSchema = z.object({
  needId: z.string().min(1),
  sessionId: z.string().min(1),
  statement: z.string().min(1).max(2000),
  themeCode: themeCodeSchema,
  territories: z.array(territorySchema),
  urgency: oneToFive,
  impact: oneToFive,
  evidence: z.array(answerEvidenceSchema),
});
export type Need = z.infer<typeof needSchema>;
