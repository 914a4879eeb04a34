import { insertAllOnce } from "@tetris/shared";
import type { Campaign, Invitation } from "../domain/campaign.js";
import type { QuestionnaireDeps } from "./deps.js";

/**
 * Written before the campaign write that adds the invitations: if the process dies between
 * the two, a key points to a campaign without that invitation, which reads as an unknown link.
 */
export async function recordInvitationKeys(
  deps: Pick<QuestionnaireDeps, "invitationKeys">,
  campaignId: string,
  invitations: readonly Pick<Invitation, "invitationId">[],
): Promise<void> {
  await insertAllOnce(
    deps.invitationKeys,
    invitations.map((i) => ({ _id: i.invitationId, campaignId })),
  );
}

/** The campaign holding the invitation, read by `_id`; null when none does. */
export async function campaignOfInvitation(deps: Pick<QuestionnaireDeps, "campaigns" | "invitationKeys">, invitationId: string) {
  const key = await deps.invitationKeys.findById(invitationId).lean();
  if (!key) return null;
  const campaign = await deps.campaigns.findById(key.campaignId).lean();
  return campaign?.invitations.some((i) => i.invitationId === invitationId) ? campaign : null;
}

/**
 * Keys the invitations of campaigns opened before the keys existed. Run at start, before the
 * API answers; cheap when nothing is missing (one read of the campaigns).
 */
export async function keyExistingInvitations(deps: Pick<QuestionnaireDeps, "campaigns" | "invitationKeys">): Promise<void> {
  const keyed = new Set((await deps.invitationKeys.find({}, { _id: 1 }).lean()).map((k) => k._id));
  const campaigns = await deps.campaigns.find({}, { "invitations.invitationId": 1 }).lean<Pick<Campaign, "_id" | "invitations">[]>();
  for (const campaign of campaigns) {
    const missing = campaign.invitations.filter((i) => !keyed.has(i.invitationId));
    if (missing.length > 0) await recordInvitationKeys(deps, campaign._id, missing);
  }
}
