import type { Principal } from "@tetris/shared";
import type { QuestionnaireDeps } from "../deps.js";
import { participationOf } from "../close-campaign.js";
import { invitationsOf } from "../invitations.js";
import { loadCampaignFor } from "../load-campaign.js";
import { responsesOf } from "../submitted-responses.js";
import { templateOfCampaign } from "../templates/find-template.js";
import type { CampaignExportData } from "./export-data.js";

/** Gathers what the exports of a campaign show: every invitation with its last submission, and the ranking. */
export async function campaignExportData(deps: QuestionnaireDeps, campaignId: string, principal: Principal): Promise<CampaignExportData> {
  const campaign = await loadCampaignFor(deps, campaignId, principal);
  const template = await templateOfCampaign(deps, campaign);
  const invitations = await invitationsOf(deps, campaign);
  const responses = await responsesOf(deps, campaign._id, invitations.map((i) => i.invitationId), ["current"]);
  const byInvitation = new Map(responses.map((r) => [r._id, r]));
  const responded = new Set(responses.filter((r) => r.current).map((r) => r._id));
  return {
    campaign: {
      campaignId: campaign._id,
      caseId: campaign.caseId,
      departmentCode: campaign.departmentCode,
      title: campaign.title,
      status: campaign.status,
      opensAt: campaign.opensAt,
      closesAt: campaign.closesAt,
    },
    template,
    rows: invitations
      .filter((i) => !i.revokedAt || responded.has(i.invitationId))
      .map((i) => {
        const current = byInvitation.get(i.invitationId)?.current ?? null;
        return {
          invitationId: i.invitationId,
          organisation: i.organisation,
          actorType: i.actorType,
          territory: i.territory ? `${i.territory.name} (${i.territory.code})` : null,
          contactName: i.contactName,
          contactEmail: i.contactEmail,
          submittedAt: current?.submittedAt ?? null,
          revision: current?.revision ?? 0,
          answers: current?.answers ?? {},
        };
      }),
    ranking: campaign.ranking,
    participation: participationOf(invitations, responded).byActorType,
  };
}
