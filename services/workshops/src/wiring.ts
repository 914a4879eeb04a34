import { handleOnce, type ServiceInfrastructure, type ServiceWiring } from "@tetris/shared";
import { workshopsAppRouter } from "./api/app.router.js";
import { workshopsEventHandler } from "./application/handle-event.js";
import { workshopModel } from "./infrastructure/workshop.model.js";

/** The workshops service's pieces, put together on the shared infrastructure. */
export function wireWorkshops({ connection, eventsQueued, processedEvents }: ServiceInfrastructure): ServiceWiring {
  const workshops = workshopModel(connection);
  const deps = { workshops, eventsQueued, now: () => new Date() };
  return {
    router: workshopsAppRouter(deps),
    outboxModels: [workshops],
    consumes: { from: ["questionnaire"], handle: handleOnce(processedEvents, "workshops", workshopsEventHandler(deps)) },
  };
}
