import { authSecretOf, type ServiceInfrastructure, type ServiceWiring } from "@tetris/shared";
import { questionnaireRouter } from "./api/app.router.js";
import { exportRoutes } from "./api/export.routes.js";
import { receiptRoutes } from "./api/receipt.routes.js";
import type { QuestionnaireDeps } from "./application/deps.js";
import { invitationLinks } from "./application/invitation-links.js";
import { seedDefaultTemplate } from "./application/templates/seed-default-template.js";
import { moveEmbeddedInvitations } from "./application/embedded-invitations.js";
import { campaignModel } from "./infrastructure/campaign.model.js";
import { invitationBatchModel } from "./infrastructure/invitation-batch.model.js";
import { invitationModel } from "./infrastructure/invitation.model.js";
import { responseModel } from "./infrastructure/response.model.js";
import { submissionModel } from "./infrastructure/submission.model.js";
import { templateModel } from "./infrastructure/template.model.js";

/** The questionnaire's pieces, put together on the shared infrastructure. */
export function wireQuestionnaire({ connection, eventsQueued, config, logger }: ServiceInfrastructure): ServiceWiring {
  const secret = authSecretOf(config);
  const deps: QuestionnaireDeps = {
    campaigns: campaignModel(connection),
    invitations: invitationModel(connection),
    invitationBatches: invitationBatchModel(connection),
    responses: responseModel(connection),
    submissions: submissionModel(connection),
    templates: templateModel(connection),
    links: invitationLinks(secret),
    eventsQueued,
    now: () => new Date(),
  };
  return {
    router: questionnaireRouter(deps),
    routes: (app) => {
      exportRoutes(deps, secret, logger)(app);
      receiptRoutes(deps, logger)(app);
    },
    outboxModels: [deps.campaigns, deps.responses],
    seed: async () => {
      await seedDefaultTemplate(deps);
      await moveEmbeddedInvitations(deps);
    },
  };
}
