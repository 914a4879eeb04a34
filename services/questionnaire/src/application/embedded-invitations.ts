import type { Invitation } from "../domain/campaign.js";
import type { QuestionnaireDeps } from "./deps.js";
import { recordInvitations } from "./invitations.js";

/** What campaigns written before invitations had their own collection still hold. */
interface CampaignWithEmbeddedInvitations {
  _id: string;
  version: number;
  invitations: Invitation[];
}

/**
 * Moves the invitations that older campaigns held inside themselves into their own collection,
 * one batch per campaign, at start, before the API answers. Safe to run again after a crash:
 * the batch id is the campaign's, so a second run writes the same documents, and the campaign
 * is changed only at the version read. Cheap when nothing is left (one read of the campaigns).
 */
export async function moveEmbeddedInvitations(deps: Pick<QuestionnaireDeps, "campaigns" | "invitations" | "invitationBatches">): Promise<void> {
  const older = await deps.campaigns.collection
    .find<CampaignWithEmbeddedInvitations>({ invitations: { $exists: true } }, { projection: { invitations: 1, version: 1 } })
    .toArray();
  for (const campaign of older) {
    const batch = await recordInvitations(deps, campaign._id, campaign.invitations, `${campaign._id}-embedded`);
    await deps.campaigns.collection.updateOne(
      { _id: campaign._id, version: campaign.version } as never,
      {
        $set: {
          invitationBatches: batch ? [batch] : [],
          revocations: campaign.invitations.flatMap((i) => (i.revokedAt ? [{ invitationId: i.invitationId, revokedAt: i.revokedAt }] : [])),
        },
        $unset: { invitations: "" },
        $inc: { version: 1 },
      },
    );
  }
  // What respondents' links used before, now the invitations' own ids.
  const db = deps.campaigns.db;
  if ((await db.db!.listCollections({ name: "invitation_keys" }).toArray()).length > 0) await db.dropCollection("invitation_keys");
}
