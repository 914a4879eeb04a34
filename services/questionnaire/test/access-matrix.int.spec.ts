import { accessMatrixSuite } from "@tetris/shared/testing";
import { questionnaireRouter } from "../src/api/app.router.js";
import type { QuestionnaireDeps } from "../src/application/deps.js";
import { meuseCampaign, questionnaireSamples } from "./access-samples.js";
import { questionnaireTestEnvironment, startQuestionnaire } from "./questionnaire-test-kit.js";

// Every procedure × every caller: bad tokens, each role of the Meuse (55) against the préfecture and partner of the Ardennes (08), on a real campaign of the Meuse.
const env = questionnaireTestEnvironment("access-matrix");
accessMatrixSuite(
  {
    router: questionnaireRouter({} as QuestionnaireDeps),
    samples: questionnaireSamples,
    start: () => startQuestionnaire(env),
    fixture: (service) => meuseCampaign(service),
    mongoUrl: env.mongoUrl,
    dbName: env.dbName("questionnaire"),
  },
  "55", "08",
);
