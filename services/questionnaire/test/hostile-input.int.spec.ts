import { hostileInputSuite, httpLimitProblems, rateLimitProblems, startServiceForTest, testToken } from "@tetris/shared/testing";
import { describe, expect, it } from "vitest";
import { questionnaireRouter } from "../src/api/app.router.js";
import type { QuestionnaireDeps } from "../src/application/deps.js";
import { questionnaireConfigSchema } from "../src/config.js";
import { wireQuestionnaire } from "../src/wiring.js";
import { meuseCampaign, questionnaireSamples } from "./access-samples.js";
import { questionnaireTestEnvironment, startQuestionnaire } from "./questionnaire-test-kit.js";

// 15 inputs per procedure (called by ANCT), 16 procedures: 240 calls, about 30 s on 2 cores (beside other files). FUZZ_SEED=<n>
// replays the inputs of a failed run (its messages name the seed).
const env = questionnaireTestEnvironment("hostile-input");
const service = hostileInputSuite(
  {
    router: questionnaireRouter({} as QuestionnaireDeps),
    samples: questionnaireSamples,
    start: () => startQuestionnaire(env),
    fixture: (service) => meuseCampaign(service),
    mongoUrl: env.mongoUrl,
    dbName: env.dbName("questionnaire"),
  },
  15,
);

describe("the limits of the HTTP layer", () => {
  it("refuses oversized and malformed bodies and unknown paths in French, with the security headers and no stack", async () => {
    expect(await httpLimitProblems(service.url, "campaigns.invite", `Bearer ${await testToken("anct")}`)).toEqual([]);
  });

  it("answers 429 with Retry-After to a burst over the rate limit", async () => {
    const limitedEnv = questionnaireTestEnvironment("rate-limit");
    const limited = await startServiceForTest("questionnaire", questionnaireConfigSchema, wireQuestionnaire, limitedEnv, { RATE_LIMIT_PER_MINUTE: "20" });
    try {
      const anct = `Bearer ${await testToken("anct")}`;
      const other = `Bearer ${await testToken("anct", [], "another-agent")}`;
      expect(await rateLimitProblems(limited.url, 20, "campaigns.list", anct, other)).toEqual([]);
    } finally {
      await limited.stop();
    }
  });
});
