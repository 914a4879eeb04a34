import { z } from "zod";
import type { GroupingSuggestion } from "../../domain/grouping/grouping-types.js";

/** A group of needs that could make one candidate project; the facilitators decide. */
export const groupingSuggestionSchema = z.object({
  needIds: z.array(z.string()).min(2).describe("Two needs or more, by id; a need is in one suggestion at most."),
  similarity: z
    .number()
    .min(0)
    .max(1)
    .describe("How alike the needs are (text, theme, territory), 0 to 1, rounded to 2 decimals: their average pairwise likeness."),
  reasons: z.array(z.string()).describe("Why these needs go together, in French, for the facilitator."),
}) satisfies z.ZodType<GroupingSuggestion>;
