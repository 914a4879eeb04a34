// `npm run bench`: the benchmark of issue 7. Builds, starts the three services on their own
// databases and topics, drives the public APIs, measures the parts underneath, prints the
// figures and (full run) writes docs/benchmarks.md. Ctrl-C stops and cleans up all the same.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../infra.mjs";
import { anctToken, apiClient } from "./api-client.mjs";
import { actorsOf, departmentCodes, openCampaign } from "./campaigns.mjs";
import { dropBenchData } from "./cleanup.mjs";
import { MongoClient } from "./drivers.mjs";
import { benchEnvironment } from "./environment.mjs";
import { describeMachine, loadAverage } from "./machine.mjs";
import { nationalScenario } from "./national-scenario.mjs";
import { readOptions, usage } from "./options.mjs";
import { rawBrokerRate, rawDatabaseWriteRate, sampleSubmissionDocuments, sampleSubmissionEvents } from "./raw-rates.mjs";
import { printResults, writeMarkdown } from "./report.mjs";
import { startServices } from "./service-processes.mjs";
import { summarize } from "./stats.mjs";
import { lastLanding, respondentPool, runSubmissions } from "./submissions-load.mjs";

// Said as soon as measured, so that an interrupted run still shows what it got.
const brief = (phase) => {
  const latency = summarize(phase.latencies);
  const lag = summarize(phase.lags);
  return `submit p50/p99 ${Math.round(latency.p50)}/${Math.round(latency.p99)} ms, lag p50/p99 ${Math.round(lag.p50)}/${Math.round(lag.p99)} ms (${lag.count} samples)`;
};

const options = readOptions(process.argv.slice(2));
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const began = Date.now();
const log = (message) => console.log(`[bench ${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s] ${message}`);

if (options.build) {
  log("building (turbo, cached)…");
  const build = spawnSync(join(repoRoot, "node_modules/.bin/turbo"), ["run", "build", "--output-logs=errors-only"], { cwd: repoRoot, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const environment = benchEnvironment();
let services = {};
let mongo;
let cleaning;
async function cleanUp() {
  cleaning ??= (async () => {
    await Promise.all(Object.values(services).map((s) => s.stop()));
    // The end of each service's log, to explain an error the bench counted (a 5xx above all).
    const logs = join(repoRoot, ".infra/logs");
    mkdirSync(logs, { recursive: true });
    for (const s of Object.values(services)) writeFileSync(join(logs, `bench-${s.name}.log`), `${s.errors()}\n--- last output ---\n${s.output()}`);
    await mongo?.close().catch(() => {});
    await dropBenchData(environment).catch((err) => console.error(`[bench] could not drop the bench data of ${environment.run}: ${err.message}`));
  })();
  return cleaning;
}
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    console.log(`\n[bench] ${signal}: stopping the services and dropping ${environment.run}'s databases and topics…`);
    cleanUp().finally(() => process.exit(130));
  });
}

function peakMemory(memory) {
  for (const s of Object.values(services)) memory[s.name] = Math.max(memory[s.name] ?? 0, s.peakResidentBytes() ?? 0);
}

function assertAlive() {
  for (const s of Object.values(services)) {
    if (!s.alive()) throw new Error(`the ${s.name} service stopped during the run:\n${s.output().slice(-4000)}`);
  }
}

async function run() {
  const loadBefore = loadAverage();
  const machine = await describeMachine(environment);
  log(`starting the services (databases ${environment.dbName("*")}, topics ${environment.topicPrefix}*)…`);
  services = await startServices(environment);
  const memory = {};
  const staff = apiClient(services.questionnaire.url, await anctToken());
  const respondent = apiClient(services.questionnaire.url);
  const versions = await staff.query("templates.list");
  const latest = versions.find((v) => v.templateId === "questionnaire-de-cadrage" && v.status === "published");
  const template = await staff.query("templates.get", { templateId: latest.templateId, version: latest.version });
  mongo = await MongoClient.connect(environment.mongoUrl, { maxPoolSize: 20 });
  const workshopsDb = mongo.db(environment.dbName("workshops"));
  const caseResponses = workshopsDb.collection("case_responses");

  const codes = departmentCodes();
  const campaigns = [];
  for (const departmentCode of codes.slice(0, options.departments)) {
    campaigns.push(await openCampaign(staff, { departmentCode, edition: 2030, actors: actorsOf(departmentCode) }));
  }
  const pool = respondentPool(campaigns.flatMap((c) => c.respondents));
  log(`${campaigns.length} campaigns opened, ${pool.all.length} respondents (conseil départemental, associations of mayors, every EPCI)`);

  log(`phase 1: open loop at ${options.rate} submissions/s for ${options.durationMs / 1000} s…`);
  const common = { respondent, caseResponses, template, pool, concurrency: options.concurrency, durationMs: options.durationMs, landingTimeoutMs: options.landingTimeoutMs };
  const targetPhase = await runSubmissions({ ...common, mode: "open", rate: options.rate });
  targetPhase.acceptedRate = targetPhase.accepted / ((targetPhase.submitEndedAt - targetPhase.startedAt) / 1000);
  await lastLanding(caseResponses, pool.all, options.landingTimeoutMs);
  assertAlive();
  peakMemory(memory);
  log(`phase 1: ${targetPhase.accepted} accepted, ${targetPhase.missed} arrivals missed, ${brief(targetPhase)}, errors: ${JSON.stringify([...targetPhase.errors])}`);

  log(`phase 2: ${options.concurrency} respondents back to back for ${options.durationMs / 1000} s…`);
  const saturation = await runSubmissions({ ...common, mode: "closed" });
  saturation.acceptedRate = saturation.accepted / ((saturation.submitEndedAt - saturation.startedAt) / 1000);
  const landedAt = await lastLanding(caseResponses, pool.all, options.landingTimeoutMs);
  // Not drained in time: what landed by now is less than what was accepted, so accepted over
  // the time until now bounds the pipeline's rate from above (reported as "< x/s").
  saturation.drained = landedAt !== null;
  saturation.pipelineRate = saturation.accepted / (((landedAt ?? Date.now()) - saturation.startedAt) / 1000);
  saturation.drainSeconds = Math.max(0, (landedAt ?? Date.now()) - saturation.submitEndedAt) / 1000;
  assertAlive();
  peakMemory(memory);
  log(`phase 2: ${saturation.accepted} accepted, ${brief(saturation)}, errors: ${JSON.stringify([...saturation.errors])}`);

  log("raw rates of the database and the broker…");
  const documents = await sampleSubmissionDocuments(environment);
  const rawDatabase = {
    sequential: await rawDatabaseWriteRate(environment, documents.docs, { concurrency: 1, durationMs: options.rawMs }),
    concurrent: await rawDatabaseWriteRate(environment, documents.docs, { concurrency: options.concurrency, durationMs: options.rawMs }),
  };
  const events = await sampleSubmissionEvents(environment);
  const rawBroker = await rawBrokerRate(environment, events.messages, { count: options.rawEvents });
  const rawDatabaseBest = Math.max(rawDatabase.sequential.perSecond, rawDatabase.concurrent.perSecond);
  log(`raw: database ${Math.round(rawDatabaseBest)} writes/s, broker ${Math.round(rawBroker.perSecond)} events/s; peak memory so far ${JSON.stringify(memory)}`);

  let national = null;
  if (options.national) {
    log(`national scenario (ingest budget ${options.nationalBudgetMs / 1000} s)…`);
    national = await nationalScenario({
      staff,
      respondent,
      caseResponses,
      workshops: workshopsDb.collection("workshops"),
      template,
      departments: options.nationalDepartments ? codes.slice(-options.nationalDepartments) : null,
      concurrency: options.concurrency,
      budgetMs: options.nationalBudgetMs,
      edition: 2026,
      landingTimeoutMs: options.landingTimeoutMs,
      log,
    });
    assertAlive();
    peakMemory(memory);
  }

  const results = {
    machine,
    options,
    loadBefore,
    loadAfter: loadAverage(),
    respondents: pool.all.length,
    docBytes: documents.meanBytes,
    eventBytes: events.meanBytes,
    targetPhase,
    saturation,
    rawDatabase,
    rawDatabaseBest,
    rawBroker,
    shareOfDatabase: saturation.pipelineRate / rawDatabaseBest,
    shareOfBroker: saturation.pipelineRate / rawBroker.perSecond,
    memory,
    national,
    notes: [],
  };
  if (results.loadBefore > machine.cores * 0.5) {
    results.notes.push(`The machine was already busy when the run started (load average ${results.loadBefore.toFixed(2)} on ${machine.cores} cores): every figure is lower than on an idle machine.`);
  }
  if (!saturation.drained) {
    results.notes.push(
      `Phase 2's backlog was still draining when the bench stopped waiting (${options.landingTimeoutMs / 1000} s): the raw rates were measured while the services still wrote to the same database and broker, so they understate an idle database's.`,
    );
  }
  printResults(results);
  if (options.write) {
    writeMarkdown(results);
    log("written to docs/benchmarks.md");
  }
}

let status = 0;
try {
  await run();
} catch (err) {
  console.error(`[bench] failed: ${err.stack ?? err}`);
  status = 1;
} finally {
  log("stopping the services and dropping the bench databases and topics…");
  await cleanUp();
}
process.exit(status);
