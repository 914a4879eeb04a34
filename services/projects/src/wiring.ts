import { authSecretOf, handleOnce, type ServiceInfrastructure, type ServiceWiring } from "@tetris/shared";
import { projectsAppRouter } from "./api/app.router.js";
import { nationalExportRoutes } from "./api/national-export.routes.js";
import type { ProjectsDeps } from "./application/deps.js";
import { projectsEventHandler } from "./application/handle-event.js";
import { seedLevers } from "./application/seed-levers.js";
import { caseFactsModel, needFactModel } from "./infrastructure/case-facts.model.js";
import { caseGridModel } from "./infrastructure/case-grid.model.js";
import { leverModel } from "./infrastructure/lever.model.js";
import { projectModel } from "./infrastructure/project.model.js";
import { timelineEntryModel } from "./infrastructure/timeline-entry.model.js";

/** The projects service's pieces, put together on the shared infrastructure. */
export function wireProjects({ connection, eventsQueued, processedEvents, config, logger }: ServiceInfrastructure): ServiceWiring {
  const deps: ProjectsDeps = {
    projects: projectModel(connection),
    grids: caseGridModel(connection),
    levers: leverModel(connection),
    timeline: timelineEntryModel(connection),
    caseFacts: caseFactsModel(connection),
    needFacts: needFactModel(connection),
    eventsQueued,
    now: () => new Date(),
  };
  return {
    router: projectsAppRouter(deps),
    routes: nationalExportRoutes(deps, authSecretOf(config), logger),
    outboxModels: [deps.projects, deps.grids],
    consumes: {
      from: ["questionnaire", "workshops", "projects"],
      handle: handleOnce(processedEvents, "projects", projectsEventHandler(deps)),
    },
    seed: () => seedLevers(deps),
  };
}
