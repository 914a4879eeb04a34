import { assertDepartment, notFound, type Principal } from "@tetris/shared";
import type { QuestionnaireDeps } from "./deps.js";

/** A campaign the caller may act on: 404 when it does not exist, 403 when it is another département's. */
export async function loadCampaignFor(deps: Pick<QuestionnaireDeps, "campaigns">, campaignId: string, principal: Principal) {
  const campaign = await deps.campaigns.findById(campaignId).lean();
  if (!campaign) notFound("Campagne");
  assertDepartment(principal, campaign.departmentCode);
  return campaign;
}
