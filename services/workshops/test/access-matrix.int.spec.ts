import { accessMatrixSuite, isolatedTestEnvironment } from "@tetris/shared/testing";
import { workshopsAppRouter } from "../src/api/app.router.js";
import type { WorkshopsDeps } from "../src/application/deps.js";
import { ariegeDay, workshopsSamples } from "./access-samples.js";
import { startWorkshops } from "./workshops-test-kit.js";

// Every procedure × every caller: bad tokens, each role of the Ariège (09) against the préfecture and partner of the Meuse (55), on a real workshop day of the Ariège.
const env = isolatedTestEnvironment("access-matrix");
accessMatrixSuite(
  {
    router: workshopsAppRouter({} as WorkshopsDeps),
    samples: workshopsSamples,
    start: () => startWorkshops(env),
    fixture: (service) => ariegeDay(service, env),
    mongoUrl: env.mongoUrl,
    dbName: env.dbName("workshops"),
  },
  "09", "55",
);
