import { actorTypeSchema } from "@tetris/shared";
import { z } from "zod";

const count = z.number().int().nonnegative();

/** Who answered and who did not. An invitation counts as answered once it has submitted at least once. */
export const participationViewSchema = z.object({
  invited: count.describe("Active invitations, plus revoked ones that had answered."),
  responded: count,
  byActorType: z.array(z.object({ actorType: actorTypeSchema, invited: count, responded: count })),
  byEpci: z
    .array(
      z.object({
        epciCode: z.string().describe('SIREN of the EPCI; "" for the invitations without an intercommunal territory.'),
        epciName: z.string(),
        invited: count,
        responded: count,
      }),
    )
    .describe("Active invitations by EPCI (a commune counts for its EPCI), by EPCI name."),
  toRemind: z
    .array(
      z.object({
        invitationId: z.string(),
        organisation: z.string(),
        actorType: actorTypeSchema,
        contactName: z.string().nullable(),
        contactEmail: z.string().nullable(),
        draftStarted: z.boolean().describe("A draft was saved but nothing submitted yet."),
      }),
    )
    .describe("Active invitations that have not submitted yet."),
});
