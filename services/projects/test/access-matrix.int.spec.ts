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
import { projectsAppRouter } from "../src/api/app.router.js";
import type { ProjectsDeps } from "../src/application/deps.js";
import { meuseProjects, projectsSamples, type MeuseProjects } from "./access-samples.js";
import { startProjects, type Service } from "./projects-test-kit.js";

// Every procedure × every caller: bad tokens, each role of the Meuse (55), and the préfecture
// and partner of the Ariège (09), against the real projects of a Meuse case.
const procedures = proceduresOf(projectsAppRouter({} as ProjectsDeps));
const env = isolatedTestEnvironment("access-matrix");
let service: Service;
let meuse: MeuseProjects;
let callers: AccessCaller[];
let database: DatabaseWatcher;

beforeAll(async () => {
  service = await startProjects(env);
  meuse = await meuseProjects(service, env);
  callers = await accessCallers("55", "09");
  database = await databaseWatcher(env.mongoUrl, env.dbName("projects"));
  await database.settled();
});
afterAll(async () => {
  await database?.close();
  await service?.stop();
});

it("has a sample for every procedure of the router, and none for a procedure that is gone", () => {
  expect(sampleTableProblems(procedures, projectsSamples)).toEqual([]);
});

describe("refuses the callers it must, without a trace of the Meuse and without writing", () => {
  for (const procedure of procedures) {
    it(procedure.path, async () => {
      const sample = await projectsSamples[procedure.path]!(meuse);
      expect(await refusedAccessProblems({ baseUrl: service.url, procedure, sample, callers, secrets: meuse.secrets, database })).toEqual([]);
    });
  }
});

describe("lets the callers it must through", () => {
  for (const path of Object.keys(projectsSamples)) {
    const procedure = procedures.find((p) => p.path === path);
    it.skipIf(!procedure)(path, async () => {
      const sample = await projectsSamples[path]!(meuse);
      expect(await allowedAccessProblems({ baseUrl: service.url, procedure: procedure!, sample, callers })).toEqual([]);
    });
  }
});
