import { z } from "zod";

const token = z.string().describe("Secret: the respondent's page is `/repondre/<token>` and `respondent.*` takes it. Send it to that actor only.");

/** A new invitation's link, answered once by `campaigns.invite`. */
export const newInvitationLinkSchema = z.object({ invitationId: z.string(), organisation: z.string(), token });

/** An invitation's link as staff copy it again. */
export const invitationLinkSchema = newInvitationLinkSchema.extend({
  revoked: z.boolean().describe("A revoked link no longer accepts answers."),
});

export const revokedInvitationSchema = z.object({ invitationId: z.string(), revoked: z.literal(true) });
