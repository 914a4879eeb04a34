import type { CampaignModel } from "../infrastructure/campaign.model.js";
import type { InvitationBatchModel } from "../infrastructure/invitation-batch.model.js";
import type { InvitationModel } from "../infrastructure/invitation.model.js";
import type { ResponseModel } from "../infrastructure/response.model.js";
import type { SubmissionModel } from "../infrastructure/submission.model.js";
import type { TemplateModel } from "../infrastructure/template.model.js";
import type { InvitationLinks } from "./invitation-links.js";

/** What the use cases need, passed in so tests can give a fixed clock. */
export interface QuestionnaireDeps {
  campaigns: CampaignModel;
  invitations: InvitationModel;
  invitationBatches: InvitationBatchModel;
  responses: ResponseModel;
  submissions: SubmissionModel;
  templates: TemplateModel;
  links: InvitationLinks;
  eventsQueued: () => void;
  now: () => Date;
}
