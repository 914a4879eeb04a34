import { databaseWatcher, fuzzProblems, fuzzSeed, httpLimitProblems, isolatedTestEnvironment, proceduresOf, testToken, type DatabaseWatcher } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workshopsAppRouter } from "../src/api/app.router.js";
import type { WorkshopsDeps } from "../src/application/deps.js";
import { ariegeDay, workshopsSamples, type AriegeDay } from "./access-samples.js";
import { startWorkshops, type Service } from "./workshops-test-kit.js";

// 15 inputs per procedure, 20 procedures: 300 calls, about 30 s on 2 cores. FUZZ_SEED=<n>
// replays the inputs of a failed run (its messages name the seed).
const RUNS = 15;
const seed = fuzzSeed();
const procedures = proceduresOf(workshopsAppRouter({} as WorkshopsDeps));
const env = isolatedTestEnvironment("hostile-input");
let service: Service;
let ariege: AriegeDay;
let database: DatabaseWatcher;
let anct: string;

beforeAll(async () => {
  service = await startWorkshops(env);
  ariege = await ariegeDay(service, env);
  database = await databaseWatcher(env.mongoUrl, env.dbName("workshops"));
  anct = `Bearer ${await testToken("anct")}`;
  await database.settled();
});
afterAll(async () => {
  await database?.close();
  await service?.stop();
});

describe("answers hostile inputs with a 4xx and writes nothing it refused", () => {
  // In the samples' order, so that completing the day comes last.
  for (const path of Object.keys(workshopsSamples)) {
    const procedure = procedures.find((p) => p.path === path);
    it.skipIf(!procedure)(path, async () => {
      const { input } = await workshopsSamples[path]!(ariege);
      const { problems } = await fuzzProblems({ baseUrl: service.url, procedure: procedure!, sample: input, authorization: anct, count: RUNS, seed, database });
      expect(problems).toEqual([]);
    });
  }
});

it("refuses oversized and malformed bodies and unknown paths in French, with the security headers and no stack", async () => {
  expect(await httpLimitProblems(service.url, "needs.capture", anct)).toEqual([]);
});
