import { conflict, createEvent, notFound, type Principal } from "@tetris/shared";
import { assertOpen } from "../domain/campaign.js";
import type { QuestionnaireDeps } from "./deps.js";
import { invitationSummary, newInvitations, type InvitationInput } from "./invitation-input.js";
import { recordInvitationKeys } from "./invitation-keys.js";
import { loadCampaignFor, saveCampaign } from "./load-campaign.js";

/** Invites more actors while the campaign runs, and announces them in the same write. */
export async function inviteActors(
  deps: QuestionnaireDeps,
  campaignId: string,
  inputs: InvitationInput[],
  principal: Principal,
  correlationId: string,
) {
  const campaign = await loadCampaignFor(deps, campaignId, principal);
  assertOpen(campaign);
  const invitations = newInvitations(campaign.departmentCode, inputs, "invitations");
  const now = deps.now();
  const event = createEvent(
    "ActorsInvited",
    { caseId: campaign.caseId, departmentCode: campaign.departmentCode, correlationId, causationId: null },
    { campaignId: campaign._id, invitations: invitations.map(invitationSummary) },
    now,
  );
  await recordInvitationKeys(deps, campaign._id, invitations);
  await saveCampaign(deps, campaign, { $push: { invitations: { $each: invitations } } }, [event]);
  return invitations;
}

/** Revokes a link: it stops working at once; the actor can be invited again with a new one. */
export async function revokeInvitation(
  deps: QuestionnaireDeps,
  campaignId: string,
  invitationId: string,
  principal: Principal,
  correlationId: string,
) {
  const campaign = await loadCampaignFor(deps, campaignId, principal);
  assertOpen(campaign);
  const index = campaign.invitations.findIndex((i) => i.invitationId === invitationId);
  if (index < 0) notFound("Invitation");
  if (campaign.invitations[index]!.revokedAt) conflict("Cette invitation est déjà révoquée");
  const now = deps.now();
  const event = createEvent(
    "InvitationRevoked",
    { caseId: campaign.caseId, departmentCode: campaign.departmentCode, correlationId, causationId: null },
    { campaignId: campaign._id, invitationId, revokedAt: now.toISOString() },
    now,
  );
  // Positional updates ($) are not available on FerretDB: set the element by its index, at the version read.
  await saveCampaign(deps, campaign, { $set: { [`invitations.${index}.revokedAt`]: now } }, [event]);
}
