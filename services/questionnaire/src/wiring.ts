import type { ServiceInfrastructure, ServiceWiring } from "@tetris/shared";
import { questionnaireRouter } from "./api/app.router.js";
import { campaignModel } from "./infrastructure/campaign.model.js";

/** The questionnaire's pieces, put together on the shared infrastructure. */
export function wireQuestionnaire({ connection, eventsQueued }: ServiceInfrastructure): ServiceWiring {
  const campaigns = campaignModel(connection);
  const deps = { campaigns, eventsQueued, now: () => new Date() };
  return { router: questionnaireRouter(deps), outboxModels: [campaigns] };
}
