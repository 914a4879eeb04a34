import { z } from "zod";
import { defineEvent } from "../envelope.js";
import { invitationSummarySchema } from "./campaign-opened.v1.js";

/**
 * Actors invited while the campaign runs, after its opening: without it the workshop day would
 * only know the actors of the opening, and the funnel would count too few invited.
 */
export const actorsInvitedV1 = defineEvent(
  "ActorsInvited",
  1,
  "questionnaire",
  z.object({
    campaignId: z.string().min(1),
    invitations: z.array(invitationSummarySchema).min(1),
  }),
);
