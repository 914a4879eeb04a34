import { conflict, createEvent, notFound, type Principal } from "@tetris/shared";
import { assertOpen, revokedAtOf } from "../domain/campaign.js";
import type { QuestionnaireDeps } from "./deps.js";
import { invitationSummary, newInvitations, type InvitationInput } from "./invitation-input.js";
import { invitationIn, recordInvitations } from "./invitations.js";
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
  const batch = await recordInvitations(deps, campaign._id, invitations);
  if (batch) await saveCampaign(deps, campaign, { $push: { invitationBatches: batch } }, [event]);
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
  if (!(await invitationIn(deps, campaign, invitationId))) notFound("Invitation");
  if (revokedAtOf(campaign, invitationId)) conflict("Cette invitation est déjà révoquée");
  const now = deps.now();
  const event = createEvent(
    "InvitationRevoked",
    { caseId: campaign.caseId, departmentCode: campaign.departmentCode, correlationId, causationId: null },
    { campaignId: campaign._id, invitationId, revokedAt: now.toISOString() },
    now,
  );
  await saveCampaign(deps, campaign, { $push: { revocations: { invitationId, revokedAt: now } } }, [event]);
}
