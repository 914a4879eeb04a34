import { accessMatrixSuite, isolatedTestEnvironment } from "@tetris/shared/testing";
import { projectsAppRouter } from "../src/api/app.router.js";
import type { ProjectsDeps } from "../src/application/deps.js";
import { meuseProjects, projectsSamples } from "./access-samples.js";
import { startProjects } from "./projects-test-kit.js";

// Every procedure × every caller: bad tokens, each role of the Meuse (55) against the préfecture and partner of the Ariège (09), on the real projects of a Meuse case.
const env = isolatedTestEnvironment("access-matrix");
accessMatrixSuite(
  {
    router: projectsAppRouter({} as ProjectsDeps),
    samples: projectsSamples,
    start: () => startProjects(env),
    fixture: (service) => meuseProjects(service, env),
    mongoUrl: env.mongoUrl,
    dbName: env.dbName("projects"),
  },
  "55", "09",
);
