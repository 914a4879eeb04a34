import type { ProjectModel } from "../infrastructure/project.model.js";
import type { TimelineEntryModel } from "../infrastructure/timeline-entry.model.js";

export interface ProjectsDeps {
  projects: ProjectModel;
  timeline: TimelineEntryModel;
  eventsQueued: () => void;
  now: () => Date;
}
