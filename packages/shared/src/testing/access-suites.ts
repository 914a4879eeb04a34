import type { AnyRouter } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessCallers, allowedAccessProblems, refusedAccessProblems, sampleTableProblems, type AccessCaller, type SampleTable } from "./access-matrix.js";
import { databaseWatcher, type DatabaseWatcher } from "./database-snapshot.js";
import { fuzzProblems } from "./fuzz.js";
import { fuzzSeed } from "./hostile-input.js";
import { proceduresOf } from "./procedure-catalogue.js";
import { testToken } from "./index.js";

interface RunningService {
  url: string;
  stop: () => Promise<void>;
}

/** What a service's access and hostile-input tests need: the same suites run over each service. */
export interface ServiceUnderAttack<F extends { secrets: string[] }, S extends RunningService = RunningService> {
  router: AnyRouter;
  /** One sample input per procedure, in the order they may run (what closes or pauses comes last). */
  samples: SampleTable<F>;
  start: () => Promise<S>;
  /** The real data of the home département that every call targets. */
  fixture: (service: S) => Promise<F>;
  mongoUrl: string;
  dbName: string;
  /**
   * Who knocks, for the home and the foreign département: by default the bearer tokens of
   * `accessCallers`, sent to the service itself; a gateway's session cookies otherwise.
   */
  callers?: (home: string, foreign: string) => Promise<AccessCaller[]>;
  /** Where the procedures are called (`/trpc/<path>` below it): the service's own address by default, or the gateway's `/api/<service>`. */
  baseUrl?: (service: S) => string;
  /** Fields any call may change whatever its answer, by collection, left out of the database snapshots (see `databaseWatcher`). */
  volatileFields?: Record<string, string[]>;
}

/** Starts the service and its fixture, and watches its database, for the suites below. */
function underAttack<F extends { secrets: string[] }, S extends RunningService>(target: ServiceUnderAttack<F, S>) {
  const state = {} as { url: string; fixture: F; database: DatabaseWatcher; stop: () => Promise<void> };
  beforeAll(async () => {
    const service = await target.start();
    state.url = target.baseUrl?.(service) ?? service.url;
    state.stop = service.stop;
    state.fixture = await target.fixture(service);
    state.database = await databaseWatcher(target.mongoUrl, target.dbName, target.volatileFields);
    await state.database.settled();
  });
  afterAll(async () => {
    await state.database?.close();
    await state.stop?.();
  });
  return state;
}

/** The sample of a procedure, failing the test (never skipping it) when the table lacks one. */
async function sampleOf<F>(samples: SampleTable<F>, path: string, fixture: F) {
  const sample = samples[path];
  expect(sample, `a sample for ${path}`).toBeDefined();
  return sample!(fixture);
}

/**
 * Every procedure × every caller: bad tokens, each role of the home département, the préfecture
 * and partner of the foreign one (or the target's own callers: the same agents signed in at the
 * gateway). Refused callers learn nothing of the home data and write nothing; allowed ones get
 * through.
 */
export function accessMatrixSuite<F extends { secrets: string[] }, S extends RunningService>(target: ServiceUnderAttack<F, S>, home: string, foreign: string) {
  const procedures = proceduresOf(target.router);
  const state = underAttack(target);
  let callers: AccessCaller[];
  beforeAll(async () => {
    callers = await (target.callers ?? accessCallers)(home, foreign);
  });

  it("has a sample for every procedure of the router, and none for a procedure that is gone", () => {
    expect(sampleTableProblems(procedures, target.samples)).toEqual([]);
  });

  describe(`refuses the callers it must, without a trace of département ${home} and without writing`, () => {
    for (const procedure of procedures) {
      it(procedure.path, async () => {
        const sample = await sampleOf(target.samples, procedure.path, state.fixture);
        expect(await refusedAccessProblems({ baseUrl: state.url, procedure, sample, callers, secrets: state.fixture.secrets, database: state.database })).toEqual([]);
      });
    }
  });

  describe("lets the callers it must through", () => {
    // In the samples' order, so that what closes or pauses the fixture comes last.
    for (const path of Object.keys(target.samples)) {
      it(path, async () => {
        const procedure = procedures.find((p) => p.path === path);
        expect(procedure, `${path} is a procedure of the router`).toBeDefined();
        const sample = await sampleOf(target.samples, path, state.fixture);
        expect(await allowedAccessProblems({ baseUrl: state.url, procedure: procedure!, sample, callers })).toEqual([]);
      });
    }
  });
}

/**
 * fast-check inputs for every procedure, called by ANCT: only 4xx answers, no stack, and the
 * database unchanged by what was refused. `runs` inputs per procedure; FUZZ_SEED=<n> replays a run.
 */
export function hostileInputSuite<F extends { secrets: string[] }, S extends RunningService>(target: ServiceUnderAttack<F, S>, runs: number) {
  const procedures = proceduresOf(target.router);
  const seed = fuzzSeed();
  const state = underAttack(target);
  describe("answers hostile inputs with a 4xx and writes nothing it refused", () => {
    // In the samples' order, so that what closes or pauses the fixture comes last.
    for (const path of Object.keys(target.samples)) {
      it(path, async () => {
        const procedure = procedures.find((p) => p.path === path);
        expect(procedure, `${path} is a procedure of the router`).toBeDefined();
        const { input } = await sampleOf(target.samples, path, state.fixture);
        const authorization = `Bearer ${await testToken("anct")}`;
        const { problems } = await fuzzProblems({ baseUrl: state.url, procedure: procedure!, sample: input, authorization, count: runs, seed, database: state.database });
        expect(problems).toEqual([]);
      });
    }
  });
  return state;
}
