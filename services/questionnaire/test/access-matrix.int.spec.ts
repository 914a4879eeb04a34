import {
  accessCallers,
  allowedAccessProblems,
  databaseWatcher,
  proceduresOf,
  refusedAccessProblems,
  sampleTableProblems,
  type AccessCaller,
  type DatabaseWatcher,
} from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questionnaireRouter } from "../src/api/app.router.js";
import type { QuestionnaireDeps } from "../src/application/deps.js";
import { meuseCampaign, questionnaireSamples, type MeuseCampaign } from "./access-samples.js";
import { questionnaireTestEnvironment, startQuestionnaire, type Service } from "./questionnaire-test-kit.js";

// Every procedure × every caller: bad tokens, each role of the Meuse (55), and the préfecture
// and partner of the Ardennes (08), against a real campaign of the Meuse.
const procedures = proceduresOf(questionnaireRouter({} as QuestionnaireDeps));
const env = questionnaireTestEnvironment("access-matrix");
let service: Service;
let meuse: MeuseCampaign;
let callers: AccessCaller[];
let database: DatabaseWatcher;

beforeAll(async () => {
  service = await startQuestionnaire(env);
  meuse = await meuseCampaign(service);
  callers = await accessCallers("55", "08");
  database = await databaseWatcher(env.mongoUrl, env.dbName("questionnaire"));
  await database.settled();
});
afterAll(async () => {
  await database?.close();
  await service?.stop();
});

it("has a sample for every procedure of the router, and none for a procedure that is gone", () => {
  expect(sampleTableProblems(procedures, questionnaireSamples)).toEqual([]);
});

describe("refuses the callers it must, without a trace of the Meuse and without writing", () => {
  for (const procedure of procedures) {
    it(procedure.path, async () => {
      const sample = await questionnaireSamples[procedure.path]!(meuse);
      expect(await refusedAccessProblems({ baseUrl: service.url, procedure, sample, callers, secrets: meuse.secrets, database })).toEqual([]);
    });
  }
});

describe("lets the callers it must through", () => {
  for (const path of Object.keys(questionnaireSamples)) {
    const procedure = procedures.find((p) => p.path === path);
    it.skipIf(!procedure)(path, async () => {
      const sample = await questionnaireSamples[path]!(meuse);
      expect(await allowedAccessProblems({ baseUrl: service.url, procedure: procedure!, sample, callers })).toEqual([]);
    });
  }
});
