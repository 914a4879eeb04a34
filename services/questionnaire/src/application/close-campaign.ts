import { createEvent, type ActorType, type Principal } from "@tetris/shared";
import { assertCanClose, type CampaignWithInvitations, type Invitation } from "../domain/campaign.js";
import { answerText, scoreAnswers } from "../domain/template/answer-scoring.js";
import { questionById } from "../domain/template/questions.js";
import { rankThemes } from "../domain/theme-ranking.js";
import type { QuestionnaireDeps } from "./deps.js";
import { invitationsOf } from "./invitations.js";
import { loadCampaignFor, saveCampaign } from "./load-campaign.js";
import { submittedResponses } from "./submitted-responses.js";
import { templateOfCampaign } from "./templates/find-template.js";

export function participationOf(invitations: readonly Invitation[], respondedInvitations: Set<string>) {
  // A revoked link that never answered is not counted: its actor was usually invited again.
  const counted = invitations.filter((i) => !i.revokedAt || respondedInvitations.has(i.invitationId));
  const byType = new Map<ActorType, { invited: number; responded: number }>();
  for (const invitation of counted) {
    const counts = byType.get(invitation.actorType) ?? { invited: 0, responded: 0 };
    counts.invited++;
    if (respondedInvitations.has(invitation.invitationId)) counts.responded++;
    byType.set(invitation.actorType, counts);
  }
  return {
    invited: counted.length,
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
): Promise<CampaignWithInvitations> {
  const campaign = await loadCampaignFor(deps, campaignId, principal);
  assertCanClose(campaign);
  const template = await templateOfCampaign(deps, campaign);
  const invitations = await invitationsOf(deps, campaign);
  const responses = await submittedResponses(deps, campaign._id, invitations.map((i) => i.invitationId));
  const contributions = responses.flatMap((r) =>
    scoreAnswers(template, r.current.answers, { responseId: r._id, organisation: r.organisation }),
  );
  const now = deps.now();
  const ranking = rankThemes(contributions, template.themes);
  const event = createEvent(
    "CampaignClosed",
    { caseId: campaign.caseId, departmentCode: campaign.departmentCode, correlationId, causationId: null },
    {
      campaignId: campaign._id,
      closedAt: now.toISOString(),
      participation: participationOf(invitations, new Set(responses.map((r) => r._id))),
      rankedThemes: ranking.map(({ topContributions, ...theme }) => ({
        ...theme,
        topContributions: topContributions.map((c) => ({ ...c, value: answerText(questionById(template, c.questionId)!, c.value) })),
      })),
    },
    now,
  );
  await saveCampaign(deps, campaign, { $set: { status: "closed", closedAt: now, ranking } }, [event]);
  return { ...campaign, status: "closed", closedAt: now, ranking, invitations };
}
