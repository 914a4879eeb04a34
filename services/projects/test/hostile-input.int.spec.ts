import { hostileInputSuite, httpLimitProblems, isolatedTestEnvironment, testToken } from "@tetris/shared/testing";
import { describe, expect, it } from "vitest";
import { projectsAppRouter } from "../src/api/app.router.js";
import type { ProjectsDeps } from "../src/application/deps.js";
import { meuseProjects, projectsSamples } from "./access-samples.js";
import { startProjects } from "./projects-test-kit.js";

// 15 inputs per procedure (called by ANCT), 18 procedures: 270 calls, about 30 s on 2 cores. FUZZ_SEED=<n>
// replays the inputs of a failed run (its messages name the seed).
const env = isolatedTestEnvironment("hostile-input");
const service = hostileInputSuite(
  {
    router: projectsAppRouter({} as ProjectsDeps),
    samples: projectsSamples,
    start: () => startProjects(env),
    fixture: (service) => meuseProjects(service, env),
    mongoUrl: env.mongoUrl,
    dbName: env.dbName("projects"),
  },
  15,
);

describe("the limits of the HTTP layer", () => {
  it("refuses oversized and malformed bodies and unknown paths in French, with the security headers and no stack", async () => {
    expect(await httpLimitProblems(service.url, "projects.addJournalEntry", `Bearer ${await testToken("anct")}`)).toEqual([]);
  });
});
