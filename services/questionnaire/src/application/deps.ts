import type { CampaignModel } from "../infrastructure/campaign.model.js";

/** What the use cases need, passed in so tests can give a fixed clock. */
export interface QuestionnaireDeps {
  campaigns: CampaignModel;
  eventsQueued: () => void;
  now: () => Date;
}
