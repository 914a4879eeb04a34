import { z } from "zod";
import { isoDateTimeSchema } from "../common.js";
import { defineEvent } from "../envelope.js";

/** A link revoked by staff: the actor no longer counts as invited (an answer already sent still counts). */
export const invitationRevokedV1 = defineEvent(
  "InvitationRevoked",
  1,
  "questionnaire",
  z.object({
    campaignId: z.string().min(1),
    invitationId: z.string().min(1),
    revokedAt: isoDateTimeSchema,
  }),
);
