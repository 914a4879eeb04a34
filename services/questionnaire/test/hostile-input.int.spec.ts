import {
  databaseWatcher,
  fuzzProblems,
  fuzzSeed,
  httpLimitProblems,
  proceduresOf,
  rateLimitProblems,
  testToken,
  type DatabaseWatcher,
} from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questionnaireRouter } from "../src/api/app.router.js";
import type { QuestionnaireDeps } from "../src/application/deps.js";
import { meuseCampaign, questionnaireSamples, type MeuseCampaign } from "./access-samples.js";
import { questionnaireTestEnvironment, startQuestionnaire, type Service } from "./questionnaire-test-kit.js";

// 15 inputs per procedure, 16 procedures: 240 calls, about 30 s on 2 cores (beside other files). FUZZ_SEED=<n>
// replays the inputs of a failed run (its messages name the seed).
const RUNS = 15;
const seed = fuzzSeed();
const procedures = proceduresOf(questionnaireRouter({} as QuestionnaireDeps));
const env = questionnaireTestEnvironment("hostile-input");
let service: Service;
let meuse: MeuseCampaign;
let database: DatabaseWatcher;
let anct: string;

beforeAll(async () => {
  service = await startQuestionnaire(env);
  meuse = await meuseCampaign(service);
  database = await databaseWatcher(env.mongoUrl, env.dbName("questionnaire"));
  anct = `Bearer ${await testToken("anct")}`;
  await database.settled();
});
afterAll(async () => {
  await database?.close();
  await service?.stop();
});

describe("answers hostile inputs with a 4xx and writes nothing it refused", () => {
  // In the samples' order, so that closing the campaign comes last.
  for (const path of Object.keys(questionnaireSamples)) {
    const procedure = procedures.find((p) => p.path === path);
    it.skipIf(!procedure)(path, async () => {
      const { input } = await questionnaireSamples[path]!(meuse);
      const { problems } = await fuzzProblems({ baseUrl: service.url, procedure: procedure!, sample: input, authorization: anct, count: RUNS, seed, database });
      expect(problems).toEqual([]);
    });
  }
});

describe("the limits of the HTTP layer", () => {
  it("refuses oversized and malformed bodies and unknown paths in French, with the security headers and no stack", async () => {
    expect(await httpLimitProblems(service.url, "campaigns.invite", anct)).toEqual([]);
  });

  it("answers 429 with Retry-After to a burst over the rate limit", async () => {
    const limitedEnv = questionnaireTestEnvironment("rate-limit");
    const { startServiceForTest } = await import("@tetris/shared/testing");
    const { questionnaireConfigSchema } = await import("../src/config.js");
    const { wireQuestionnaire } = await import("../src/wiring.js");
    const limited = await startServiceForTest("questionnaire", questionnaireConfigSchema, wireQuestionnaire, limitedEnv, { RATE_LIMIT_PER_MINUTE: "20" });
    try {
      const other = `Bearer ${await testToken("anct", [], "another-agent")}`;
      expect(await rateLimitProblems(limited.url, 20, "campaigns.list", anct, other)).toEqual([]);
    } finally {
      await limited.stop();
    }
  });
});
