import { z } from "zod";
import { actorTypeSchema, isoDateTimeSchema, territorySchema } from "../common.js";
import { defineEvent } from "../envelope.js";

/** An invited actor as the other services know it: never the link's secret nor the contact. */
export const invitationSummarySchema = z.object({
  invitationId: z.string().min(1),
  organisation: z.string().min(1),
  actorType: actorTypeSchema,
  territory: territorySchema.nullable(),
});

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
    invitations: z.array(invitationSummarySchema),
  }),
);
