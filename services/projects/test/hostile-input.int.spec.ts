import { databaseWatcher, fuzzProblems, fuzzSeed, httpLimitProblems, isolatedTestEnvironment, proceduresOf, testToken, type DatabaseWatcher } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectsAppRouter } from "../src/api/app.router.js";
import type { ProjectsDeps } from "../src/application/deps.js";
import { meuseProjects, projectsSamples, type MeuseProjects } from "./access-samples.js";
import { startProjects, type Service } from "./projects-test-kit.js";

// 15 inputs per procedure, 18 procedures: 270 calls, about 30 s on 2 cores. FUZZ_SEED=<n>
// replays the inputs of a failed run (its messages name the seed).
const RUNS = 15;
const seed = fuzzSeed();
const procedures = proceduresOf(projectsAppRouter({} as ProjectsDeps));
const env = isolatedTestEnvironment("hostile-input");
let service: Service;
let meuse: MeuseProjects;
let database: DatabaseWatcher;
let anct: string;

beforeAll(async () => {
  service = await startProjects(env);
  meuse = await meuseProjects(service, env);
  database = await databaseWatcher(env.mongoUrl, env.dbName("projects"));
  anct = `Bearer ${await testToken("anct")}`;
  await database.settled();
});
afterAll(async () => {
  await database?.close();
  await service?.stop();
});

describe("answers hostile inputs with a 4xx and writes nothing it refused", () => {
  // In the samples' order, so that pausing the project comes last.
  for (const path of Object.keys(projectsSamples)) {
    const procedure = procedures.find((p) => p.path === path);
    it.skipIf(!procedure)(path, async () => {
      const { input } = await projectsSamples[path]!(meuse);
      const { problems } = await fuzzProblems({ baseUrl: service.url, procedure: procedure!, sample: input, authorization: anct, count: RUNS, seed, database });
      expect(problems).toEqual([]);
    });
  }
});

it("refuses oversized and malformed bodies and unknown paths in French, with the security headers and no stack", async () => {
  expect(await httpLimitProblems(service.url, "projects.addJournalEntry", anct)).toEqual([]);
});
