import { accessMatrixSuite, isolatedTestEnvironment } from "@tetris/shared/testing";
import { accessAppRouter } from "../src/api/app.router.js";
import type { AccessDeps } from "../src/application/deps.js";
import { accessSamples, someHabilitations } from "./access-samples.js";
import { startAccess } from "./access-test-kit.js";

// Every procedure × every caller: bad tokens, the préfecture and partner of the Meuse (55) and of
// the Ariège (09) are all refused (ANCT only), without a trace of the habilitations and without writing.
const env = isolatedTestEnvironment("access-matrix");
accessMatrixSuite(
  {
    router: accessAppRouter({} as AccessDeps),
    samples: accessSamples,
    start: () => startAccess(env),
    fixture: (service) => someHabilitations(service),
    mongoUrl: env.mongoUrl,
    dbName: env.dbName("access"),
  },
  "55", "09",
);
