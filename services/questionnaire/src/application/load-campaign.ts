import { loadFor, saveAtVersion, type DomainEvent, type Principal } from "@tetris/shared";
import type { UpdateQuery } from "mongoose";
import type { CampaignDocument } from "../infrastructure/campaign.model.js";
import type { QuestionnaireDeps } from "./deps.js";

/** A campaign the caller may act on; another département's answers like an unknown one (404). */
export function loadCampaignFor(deps: Pick<QuestionnaireDeps, "campaigns">, campaignId: string, principal: Principal) {
  return loadFor(deps.campaigns, campaignId, principal, "Campagne");
}

/** The campaign of a case, found by its case id, with the same 404 for another département's. */
export function loadCaseCampaignFor(deps: Pick<QuestionnaireDeps, "campaigns">, caseId: string, principal: Principal) {
  return loadFor(deps.campaigns, { caseId }, principal, "Campagne");
}

/** Writes a campaign's change and its events at the version read. */
export function saveCampaign(
  deps: Pick<QuestionnaireDeps, "campaigns" | "eventsQueued">,
  campaign: Pick<CampaignDocument, "_id" | "version">,
  update: UpdateQuery<CampaignDocument>,
  events: DomainEvent[],
) {
  return saveAtVersion(deps.campaigns, campaign, update, {
    events,
    eventsQueued: deps.eventsQueued,
    changedMeanwhile: "La campagne a été modifiée entre-temps : rechargez-la et réessayez",
  });
}
