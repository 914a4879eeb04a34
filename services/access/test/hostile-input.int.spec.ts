import { hostileInputSuite, httpLimitProblems, isolatedTestEnvironment, testToken } from "@tetris/shared/testing";
import { describe, expect, it } from "vitest";
import { accessAppRouter } from "../src/api/app.router.js";
import type { AccessDeps } from "../src/application/deps.js";
import { accessSamples, someHabilitations } from "./access-samples.js";
import { startAccess } from "./access-test-kit.js";

// 25 inputs per procedure (called by ANCT), 4 procedures. FUZZ_SEED=<n> replays the inputs of a failed run.
const env = isolatedTestEnvironment("hostile-input");
const service = hostileInputSuite(
  {
    router: accessAppRouter({} as AccessDeps),
    samples: accessSamples,
    start: () => startAccess(env),
    fixture: (service) => someHabilitations(service),
    mongoUrl: env.mongoUrl,
    dbName: env.dbName("access"),
  },
  25,
);

describe("the limits of the HTTP layer", () => {
  it("refuses oversized and malformed bodies and unknown paths in French, with the security headers and no stack", async () => {
    expect(await httpLimitProblems(service.url, "habilitations.grant", `Bearer ${await testToken("anct")}`)).toEqual([]);
  });
});
