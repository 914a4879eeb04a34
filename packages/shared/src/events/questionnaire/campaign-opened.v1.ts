import { z } from "zod";
import { actorTypeSchema, isoDateTimeSchema, territorySchema } from "../common.js";
import { defineEvent } from "../envelope.js";

export const campaignOpenedV1 = defineEvent(
  "CampaignOpened",
  1,
  "questionnaire",
  z.object({
    campaignId: z.string().min(1),
    title: z.string().min(1),
    templateId: z.string().min(1),
    templateVersion: z.number().int().positive(),
    opensAt: isoDateTimeSchema,
    closesAt: isoDateTimeSchema,
    invitations: z.array(
      z.object({
        invitationId: z.string().min(1),
        organisation: z.string().min(1),
        actorType: actorTypeSchema,
        territory: territorySchema.nullable(),
      }),
    ),
  }),
);
