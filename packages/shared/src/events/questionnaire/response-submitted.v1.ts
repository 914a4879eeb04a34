import { z } from "zod";
import { actorTypeSchema, answerValueSchema, isoDateTimeSchema, territorySchema, themeCodeSchema } from "../common.js";
import { defineEvent } from "../envelope.js";

export const responseSubmittedV1 = defineEvent(
  "ResponseSubmitted",
  1,
  "questionnaire",
  z.object({
    campaignId: z.string().min(1),
    responseId: z.string().min(1),
    invitationId: z.string().min(1),
    organisation: z.string().min(1),
    actorType: actorTypeSchema,
    territory: territorySchema.nullable(),
    /** 1 for the first submission, then one more for each amendment; the last one counts. */
    revision: z.number().int().positive(),
    submittedAt: isoDateTimeSchema,
    answers: z.array(
      z.object({
        questionId: z.string().min(1),
        questionLabel: z.string().min(1),
        value: answerValueSchema,
        themes: z.array(themeCodeSchema),
      }),
    ),
  }),
);
