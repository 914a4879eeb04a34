import { hostileInputSuite, httpLimitProblems, isolatedTestEnvironment, testToken } from "@tetris/shared/testing";
import { describe, expect, it } from "vitest";
import { workshopsAppRouter } from "../src/api/app.router.js";
import type { WorkshopsDeps } from "../src/application/deps.js";
import { ariegeDay, workshopsSamples } from "./access-samples.js";
import { startWorkshops } from "./workshops-test-kit.js";

// 15 inputs per procedure (called by ANCT), 20 procedures: 300 calls, about 30 s on 2 cores. FUZZ_SEED=<n>
// replays the inputs of a failed run (its messages name the seed).
const env = isolatedTestEnvironment("hostile-input");
const service = hostileInputSuite(
  {
    router: workshopsAppRouter({} as WorkshopsDeps),
    samples: workshopsSamples,
    start: () => startWorkshops(env),
    fixture: (service) => ariegeDay(service, env),
    mongoUrl: env.mongoUrl,
    dbName: env.dbName("workshops"),
  },
  15,
);

describe("the limits of the HTTP layer", () => {
  it("refuses oversized and malformed bodies and unknown paths in French, with the security headers and no stack", async () => {
    expect(await httpLimitProblems(service.url, "needs.capture", `Bearer ${await testToken("anct")}`)).toEqual([]);
  });
});
