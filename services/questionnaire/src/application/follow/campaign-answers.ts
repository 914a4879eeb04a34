import type { Principal } from "@tetris/shared";
import { summariseAnswers } from "../../domain/answers-summary.js";
import type { QuestionnaireDeps } from "../deps.js";
import { invitationIdsOf } from "../invitations.js";
import { loadCampaignFor } from "../load-campaign.js";
import { submittedResponses } from "../submitted-responses.js";
import { templateOfCampaign } from "../templates/find-template.js";

/** The submitted answers of a campaign, question by question, and its free texts by theme. */
export async function campaignAnswers(deps: QuestionnaireDeps, campaignId: string, principal: Principal) {
  const campaign = await loadCampaignFor(deps, campaignId, principal);
  const template = await templateOfCampaign(deps, campaign);
  const responses = await submittedResponses(deps, campaign._id, await invitationIdsOf(deps, campaign));
  return summariseAnswers(
    template,
    responses.map((r) => ({ organisation: r.organisation, answers: r.current.answers })),
  );
}
