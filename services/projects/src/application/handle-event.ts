import type { EventHandler } from "@tetris/shared";
import type { ProjectsDeps } from "./deps.js";
import { learnNationalFacts } from "./learn-national-facts.js";
import { recordTimeline } from "./record-timeline.js";
import { registerCandidateProject } from "./register-candidate-project.js";

/** What the projects service does with the events it consumes (all three services' topics). */
export function projectsEventHandler(deps: ProjectsDeps): EventHandler {
  return async (event, logger) => {
    if (event.type === "CandidateProjectProposed") await registerCandidateProject(deps, event, logger);
    await learnNationalFacts(deps, event);
    await recordTimeline(deps, event);
  };
}
