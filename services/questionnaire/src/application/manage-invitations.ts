import { conflict, notFound, withEvents, type Principal } from "@tetris/shared";
import { assertOpen } from "../domain/campaign.js";
import type { QuestionnaireDeps } from "./deps.js";
import { newInvitations, type InvitationInput } from "./invitation-input.js";
import { loadCampaignFor } from "./load-campaign.js";

const changedMeanwhile = () => conflict("La campagne a été modifiée entre-temps : rechargez-la et réessayez");

/** Invites more actors while the campaign runs. */
export async function inviteActors(deps: QuestionnaireDeps, campaignId: string, inputs: InvitationInput[], principal: Principal) {
  const campaign = await loadCampaignFor(deps, campaignId, principal);
  assertOpen(campaign);
  const invitations = newInvitations(campaign.departmentCode, inputs, "invitations");
  const result = await deps.campaigns.updateOne(
    { _id: campaign._id, version: campaign.version },
    withEvents({ $push: { invitations: { $each: invitations } } }, []),
  );
  if (result.matchedCount === 0) changedMeanwhile();
  return invitations;
}

/** Revokes a link: it stops working at once; the actor can be invited again with a new one. */
export async function revokeInvitation(deps: QuestionnaireDeps, campaignId: string, invitationId: string, principal: Principal) {
  const campaign = await loadCampaignFor(deps, campaignId, principal);
  assertOpen(campaign);
  const index = campaign.invitations.findIndex((i) => i.invitationId === invitationId);
  if (index < 0) notFound("Invitation");
  if (campaign.invitations[index]!.revokedAt) conflict("Cette invitation est déjà révoquée");
  // Positional updates ($) are not available on FerretDB: set the element by its index, at the version read.
  const result = await deps.campaigns.updateOne(
    { _id: campaign._id, version: campaign.version },
    withEvents({ $set: { [`invitations.${index}.revokedAt`]: deps.now() } }, []),
  );
  if (result.matchedCount === 0) changedMeanwhile();
}
