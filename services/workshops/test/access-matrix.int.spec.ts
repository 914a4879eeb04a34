import {
  accessCallers,
  isolatedTestEnvironment,
  allowedAccessProblems,
  databaseWatcher,
  proceduresOf,
  refusedAccessProblems,
  sampleTableProblems,
  type AccessCaller,
  type DatabaseWatcher,
} from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workshopsAppRouter } from "../src/api/app.router.js";
import type { WorkshopsDeps } from "../src/application/deps.js";
import { ariegeDay, workshopsSamples, type AriegeDay } from "./access-samples.js";
import { startWorkshops, type Service } from "./workshops-test-kit.js";

// Every procedure × every caller: bad tokens, each role of the Ariège (09), and the préfecture
// and partner of the Meuse (55), against a real workshop day of the Ariège.
const procedures = proceduresOf(workshopsAppRouter({} as WorkshopsDeps));
const env = isolatedTestEnvironment("access-matrix");
let service: Service;
let ariege: AriegeDay;
let callers: AccessCaller[];
let database: DatabaseWatcher;

beforeAll(async () => {
  service = await startWorkshops(env);
  ariege = await ariegeDay(service, env);
  callers = await accessCallers("09", "55");
  database = await databaseWatcher(env.mongoUrl, env.dbName("workshops"));
  await database.settled();
});
afterAll(async () => {
  await database?.close();
  await service?.stop();
});

it("has a sample for every procedure of the router, and none for a procedure that is gone", () => {
  expect(sampleTableProblems(procedures, workshopsSamples)).toEqual([]);
});

describe("refuses the callers it must, without a trace of the Ariège and without writing", () => {
  for (const procedure of procedures) {
    it(procedure.path, async () => {
      const sample = await workshopsSamples[procedure.path]!(ariege);
      expect(await refusedAccessProblems({ baseUrl: service.url, procedure, sample, callers, secrets: ariege.secrets, database })).toEqual([]);
    });
  }
});

describe("lets the callers it must through", () => {
  for (const path of Object.keys(workshopsSamples)) {
    const procedure = procedures.find((p) => p.path === path);
    it.skipIf(!procedure)(path, async () => {
      const sample = await workshopsSamples[path]!(ariege);
      expect(await allowedAccessProblems({ baseUrl: service.url, procedure: procedure!, sample, callers })).toEqual([]);
    });
  }
});
