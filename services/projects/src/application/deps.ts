import type { CaseFactsModel, NeedFactModel } from "../infrastructure/case-facts.model.js";
import type { CaseGridModel } from "../infrastructure/case-grid.model.js";
import type { LeverModel } from "../infrastructure/lever.model.js";
import type { ProjectModel } from "../infrastructure/project.model.js";
import type { TimelineEntryModel } from "../infrastructure/timeline-entry.model.js";

export interface ProjectsDeps {
  projects: ProjectModel;
  grids: CaseGridModel;
  levers: LeverModel;
  timeline: TimelineEntryModel;
  caseFacts: CaseFactsModel;
  needFacts: NeedFactModel;
  eventsQueued: () => void;
  now: () => Date;
}
