import type { BallotModel, CandidateModel } from "../infrastructure/candidate.model.js";
import type { CaseInvitationsModel, CaseResponseModel } from "../infrastructure/case-knowledge.model.js";
import type { NeedModel } from "../infrastructure/need.model.js";
import type { WorkshopModel } from "../infrastructure/workshop.model.js";

export interface WorkshopsDeps {
  workshops: WorkshopModel;
  needs: NeedModel;
  candidates: CandidateModel;
  ballots: BallotModel;
  caseInvitations: CaseInvitationsModel;
  caseResponses: CaseResponseModel;
  eventsQueued: () => void;
  now: () => Date;
}
