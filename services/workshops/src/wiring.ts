import { authSecretOf, handleOnce, type ServiceInfrastructure, type ServiceWiring } from "@tetris/shared";
import { workshopsAppRouter } from "./api/app.router.js";
import { reportRoutes } from "./api/report.routes.js";
import type { WorkshopsDeps } from "./application/deps.js";
import { workshopsEventHandler } from "./application/handle-event.js";
import { ballotModel, candidateModel } from "./infrastructure/candidate.model.js";
import { caseInvitationsModel, caseResponseModel } from "./infrastructure/case-knowledge.model.js";
import { needModel } from "./infrastructure/need.model.js";
import { workshopModel } from "./infrastructure/workshop.model.js";

/** The workshops service's pieces, put together on the shared infrastructure. */
export function wireWorkshops({ connection, eventsQueued, processedEvents, config, logger }: ServiceInfrastructure): ServiceWiring {
  const deps: WorkshopsDeps = {
    workshops: workshopModel(connection),
    needs: needModel(connection),
    candidates: candidateModel(connection),
    ballots: ballotModel(connection),
    caseInvitations: caseInvitationsModel(connection),
    caseResponses: caseResponseModel(connection),
    eventsQueued,
    now: () => new Date(),
  };
  return {
    router: workshopsAppRouter(deps),
    routes: reportRoutes(deps, authSecretOf(config), logger),
    outboxModels: [deps.workshops, deps.needs],
    consumes: { from: ["questionnaire"], handle: handleOnce(processedEvents, "workshops", workshopsEventHandler(deps)) },
  };
}
