import { handleOnce, type ServiceInfrastructure, type ServiceWiring } from "@tetris/shared";
import { projectsAppRouter } from "./api/app.router.js";
import { projectsEventHandler } from "./application/handle-event.js";
import { projectModel } from "./infrastructure/project.model.js";
import { timelineEntryModel } from "./infrastructure/timeline-entry.model.js";

/** The projects service's pieces, put together on the shared infrastructure. */
export function wireProjects({ connection, eventsQueued, processedEvents }: ServiceInfrastructure): ServiceWiring {
  const projects = projectModel(connection);
  const deps = { projects, timeline: timelineEntryModel(connection), eventsQueued, now: () => new Date() };
  return {
    router: projectsAppRouter(deps),
    outboxModels: [projects],
    consumes: {
      from: ["questionnaire", "workshops", "projects"],
      handle: handleOnce(processedEvents, "projects", projectsEventHandler(deps)),
    },
  };
}
