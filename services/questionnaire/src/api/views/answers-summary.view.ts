import { themeCodeSchema } from "@tetris/shared";
import { z } from "zod";

const count = z.number().int().nonnegative();
const base = {
  questionId: z.string(),
  label: z.string(),
  answered: count.describe("Submissions that answer this question."),
};
const option = { value: z.string(), label: z.string() };
const average = z.number().nullable().describe("Rounded to 2 decimals; null when nobody answered.");
const range = { average, min: z.number().nullable(), max: z.number().nullable() };

/** One question's answers, summarised according to its type. */
const questionSummarySchema = z.discriminatedUnion("type", [
  z.object({
    ...base,
    type: z.enum(["single-choice", "multiple-choice"]),
    options: z.array(z.object({ ...option, count: count.describe("Submissions that chose this option.") })),
  }),
  z.object({
    ...base,
    type: z.literal("ranking"),
    options: z.array(
      z.object({
        ...option,
        firstChoices: count.describe("Submissions that ranked this option first."),
        averageRank: average.describe("Average position (1 = first) among the submissions that ranked it; null if none did."),
      }),
    ),
  }),
  z.object({
    ...base,
    type: z.literal("scale"),
    ...range,
    distribution: z.array(count).length(5).describe("How many gave 1, 2, 3, 4 and 5."),
  }),
  z.object({ ...base, type: z.literal("number"), ...range }),
  z.object({
    ...base,
    type: z.literal("territory"),
    territories: z
      .array(z.object({ code: z.string().describe("INSEE code of a commune or SIREN of an EPCI."), count }))
      .describe("Most chosen first."),
  }),
  z.object({
    ...base,
    type: z.enum(["short-text", "long-text"]),
    texts: z.array(z.object({ organisation: z.string(), text: z.string() })),
  }),
]);

/** The last submission of every respondent, question by question, and the free texts theme by theme. */
export const answersSummaryViewSchema = z.object({
  respondents: count.describe("Invitations that submitted at least once; only their last submission counts."),
  questions: z.array(questionSummarySchema).describe("Every question of the template, in the order of the questionnaire."),
  freeTextByTheme: z
    .array(
      z.object({
        themeCode: themeCodeSchema,
        label: z.string(),
        answers: z.array(z.object({ questionId: z.string(), questionLabel: z.string(), organisation: z.string(), text: z.string() })),
      }),
    )
    .describe("Every theme of the template with the non-empty free-text answers of the questions read under it."),
});
export type AnswersSummaryView = z.infer<typeof answersSummaryViewSchema>;
