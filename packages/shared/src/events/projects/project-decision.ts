import { z } from "zod";
import { isoDateTimeSchema } from "../common.js";

/** Who decided what and why: the same shape for a selection and a non-selection. */
export const projectDecisionSchema = z.object({
  projectId: z.string().min(1),
  reason: z.string().min(1).max(2000),
  decidedBy: z.string().min(1),
  decidedAt: isoDateTimeSchema,
});
