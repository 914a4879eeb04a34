import {
  assertDepartment,
  conflict,
  createEvent,
  notFound,
  withEvents,
  type ActorType,
  type Principal,
} from "@tetris/shared";
import { assertCanClose, type Campaign } from "../domain/campaign.js";
import { rankThemes, type ThemeContribution } from "../domain/theme-ranking.js";
import type { QuestionnaireDeps } from "./deps.js";

function participationOf(campaign: Campaign, respondedInvitations: Set<string>) {
  const byType = new Map<ActorType, { invited: number; responded: number }>();
  for (const invitation of campaign.invitations) {
    const counts = byType.get(invitation.actorType) ?? { invited: 0, responded: 0 };
    counts.invited++;
    if (respondedInvitations.has(invitation.invitationId)) counts.responded++;
    byType.set(invitation.actorType, counts);
  }
  return {
    invited: campaign.invitations.length,
    responded: respondedInvitations.size,
    byActorType: [...byType].map(([actorType, counts]) => ({ actorType, ...counts })),
  };
}

/** Closes the campaign, ranks the themes and announces both, in one document write. */
export async function closeCampaign(
  deps: QuestionnaireDeps,
  campaignId: string,
  principal: Principal,
  correlationId: string,
): Promise<Campaign> {
  const campaign = await deps.campaigns.findById(campaignId).lean();
  if (!campaign) notFound("Campagne");
  assertDepartment(principal, campaign.departmentCode);
  assertCanClose(campaign);
  // Responses are not collected yet (questionnaire issue): every theme scores 0 and the
  // ranking keeps the default order of the themes.
  const contributions: ThemeContribution[] = [];
  const now = deps.now();
  const event = createEvent(
    "CampaignClosed",
    { caseId: campaign.caseId, departmentCode: campaign.departmentCode, correlationId, causationId: null },
    {
      campaignId: campaign._id,
      closedAt: now.toISOString(),
      participation: participationOf(campaign, new Set()),
      rankedThemes: rankThemes(contributions),
    },
    now,
  );
  const result = await deps.campaigns.updateOne(
    { _id: campaign._id, version: campaign.version },
    withEvents({ $set: { status: "closed", closedAt: now } }, [event]),
  );
  if (result.matchedCount === 0) conflict("La campagne a été modifiée entre-temps : rechargez-la et réessayez");
  deps.eventsQueued();
  return { ...campaign, status: "closed", closedAt: now };
}
