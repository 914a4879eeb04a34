import { z } from "zod";
import { actorTypeSchema, answerEvidenceSchema, isoDateTimeSchema, themeCodeSchema } from "../common.js";
import { defineEvent } from "../envelope.js";

const countSchema = z.number().int().nonnegative();

export const campaignClosedV1 = defineEvent(
  "CampaignClosed",
  1,
  "questionnaire",
  z.object({
    campaignId: z.string().min(1),
    closedAt: isoDateTimeSchema,
    participation: z.object({
      invited: countSchema,
      responded: countSchema,
      byActorType: z.array(z.object({ actorType: actorTypeSchema, invited: countSchema, responded: countSchema })),
    }),
    /** Themes in rank order (1 first), each with the score and what it was computed from. */
    rankedThemes: z.array(
      z.object({
        themeCode: themeCodeSchema,
        label: z.string().min(1),
        rank: z.number().int().positive(),
        score: z.number().nonnegative(),
        explanation: z.string(),
        topContributions: z.array(answerEvidenceSchema.extend({ contribution: z.number() })),
      }),
    ),
  }),
);
