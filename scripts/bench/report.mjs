// The figures as a table for the terminal and as docs/benchmarks.md.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "../infra.mjs";
import { summarize } from "./stats.mjs";

const ms = (v) => (v === null || v === undefined ? "–" : `${Math.round(v)} ms`);
const perSecond = (v) => (v === null || v === undefined || !Number.isFinite(v) ? "–" : `${v >= 100 ? Math.round(v) : v.toFixed(1)}/s`);
const mb = (bytes) => (bytes ? `${Math.round(bytes / 1e6)} MB` : "–");
const seconds = (v) => (v === null || v === undefined ? "–" : `${v.toFixed(1)} s`);
const percentiles = (s) => (s.count === 0 ? "no sample" : `p50 ${ms(s.p50)} · p95 ${ms(s.p95)} · p99 ${ms(s.p99)} (${s.count} samples)`);

export const TARGETS = { lagP99Ms: 500, atRate: 300, throughputShareOfDatabase: 0.5, residentBytes: 300e6 };

/** Rows of [measure, value]; then the three targets with met / not met. */
/** "none", or each kind of refused submission with its count: a 5xx here is a defect to explain. */
function errorSummary(errors) {
  const entries = [...(errors ?? new Map())];
  return entries.length === 0 ? "none" : entries.map(([kind, count]) => `${count} × ${kind}`).join(" · ");
}

export function resultRows(r) {
  const t = r.targetPhase;
  const s = r.saturation;
  const rows = [
    ["documents, events (mean size)", `submission document ${r.docBytes} B (BSON) · ResponseSubmitted event ${r.eventBytes} B (JSON)`],
    [`phase 1: open loop at ${r.options.rate}/s, ${r.options.durationMs / 1000} s`, `${perSecond(t.acceptedRate)} accepted (${t.missed} arrivals missed: all ${r.options.concurrency} slots busy)`],
    ["  submit latency", percentiles(summarize(t.latencies))],
    ["  submissions refused", errorSummary(t.errors)],
    ["  end-to-end lag to the workshops read model", `${percentiles(summarize(t.lags))}${t.lagTimeouts ? `, ${t.lagTimeouts} not landed in ${r.options.landingTimeoutMs / 1000} s` : ""}`],
    [`phase 2: ${r.options.concurrency} respondents back to back, ${r.options.durationMs / 1000} s`, `${perSecond(s.acceptedRate)} accepted`],
    ["  submit latency", percentiles(summarize(s.latencies))],
    ["  submissions refused", errorSummary(s.errors)],
    ["  end-to-end lag", percentiles(summarize(s.lags))],
    ["  pipeline throughput (accepted → landed in workshops)", s.drained
        ? `${perSecond(s.pipelineRate)} (backlog drained ${seconds(s.drainSeconds)} after the load stopped)`
        : `< ${perSecond(s.pipelineRate)} (backlog still not drained ${seconds(s.drainSeconds)} after the load stopped)`],
    ["database raw single-document writes", `${perSecond(r.rawDatabase.sequential.perSecond)} one at a time · ${perSecond(r.rawDatabase.concurrent.perSecond)} with ${r.options.concurrency} in flight`],
    ["broker raw produce → consume", `${perSecond(r.rawBroker.perSecond)} (produce alone ${perSecond(r.rawBroker.producePerSecond)})`],
    ["pipeline / database raw rate", `${s.drained ? "" : "< "}${(100 * r.shareOfDatabase).toFixed(1)} %`],
    ["pipeline / broker raw rate", `${s.drained ? "" : "< "}${(100 * r.shareOfBroker).toFixed(2)} %`],
    ...Object.entries(r.memory).map(([name, bytes]) => [`peak resident memory, ${name}`, mb(bytes)]),
  ];
  const n = r.national;
  if (n) {
    rows.push(
      [
        `national: ${n.departments} départements, ${n.allInvitations} communes and EPCI`,
        n.campaigns === n.departments
          ? `every campaign opened in ${seconds(n.openSeconds)}`
          : `only ${n.campaigns} campaigns (${n.invitations} invitations) opened within the budget: ${seconds(n.openSeconds)}`,
      ],
      ["  answers accepted", `${n.accepted} of ${n.allInvitations} in ${seconds(n.acceptSeconds)} = ${perSecond(n.acceptRate)}${n.complete ? "" : ` — stopped by the time budget; all of them would take about ${seconds(n.projectedAcceptSeconds)} at that rate`}`],
      ["  answers landed in the workshops read model", n.landedSeconds === null ? "not all of them, even after the draft days" : `the last ${seconds(n.landedSeconds)} after the opening = ${perSecond(n.landedRate)}`],
      ["  submit latency", percentiles(summarize(n.latencies))],
      ["  submissions refused", errorSummary(n.errors)],
      ["  end-to-end lag", percentiles(summarize(n.lags))],
      ["  close every campaign once its answers are accepted, rank, until the last draft day exists", `${seconds(n.rankSeconds)} (close calls ${seconds(n.closeSeconds)})${n.draftsMissing ? `, ${n.draftsMissing} draft days still missing when the bench stopped waiting` : ""}`],
      ["  answers counted in the draft days (each case's closing handled after its answers)", `${n.respondedInDrafts} of ${n.accepted} accepted${n.respondedInDrafts === n.accepted ? "" : " — some answers reached the workshops service after their case's closing"}`],
      ["  total", seconds(n.totalSeconds)],
    );
  }
  return rows;
}

export function targetRows(r) {
  const lag = summarize(r.targetPhase.lags);
  const reachedRate = r.targetPhase.acceptedRate >= 0.95 * TARGETS.atRate && r.options.rate >= TARGETS.atRate;
  const maxResident = Math.max(...Object.values(r.memory).map((b) => b ?? 0));
  return [
    [
      `end-to-end lag p99 < ${TARGETS.lagP99Ms} ms at ${TARGETS.atRate} submissions/s`,
      `p99 ${ms(lag.p99)} at ${perSecond(r.targetPhase.acceptedRate)}`,
      reachedRate && lag.p99 !== null && lag.p99 < TARGETS.lagP99Ms,
    ],
    [
      "pipeline throughput ≥ 50 % of the database's raw write rate",
      `${r.saturation.drained ? "" : "< "}${perSecond(r.saturation.pipelineRate)} vs ${perSecond(r.rawDatabaseBest)} (${(100 * r.shareOfDatabase).toFixed(1)} %)`,
      r.shareOfDatabase >= TARGETS.throughputShareOfDatabase,
    ],
    [`under ${TARGETS.residentBytes / 1e6} MB resident per service`, `highest ${mb(maxResident)}`, maxResident > 0 && maxResident < TARGETS.residentBytes],
  ];
}

function table(rows) {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join("\n");
}

export function printResults(r) {
  const m = r.machine;
  console.log(`\nTétris benchmark — ${m.date}
  machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB · Node ${m.node} · ${m.kafka} · ${m.database}
  load average (1 min) before ${r.loadBefore.toFixed(2)}, after ${r.loadAfter.toFixed(2)}\n`);
  console.log(table(resultRows(r)));
  console.log("\nTargets");
  console.log(table(targetRows(r).map(([k, v, met]) => [k, `${met ? "met" : "NOT MET"} — ${v}`])));
}

export function writeMarkdown(r) {
  const m = r.machine;
  const cell = (text) => String(text).replace(/\|/g, "\\|");
  const md = `# Benchmarks

Written by \`npm run bench\` (scripts/bench/): the three services as processes, from their
built \`dist/main.js\`, on the local Kafka broker and FerretDB, driven through the public APIs
with realistic answers to the default "Questionnaire de cadrage". Each run replaces this page;
\`npm run bench -- --quick\` leaves it alone. How each figure is measured is
said in the comments of scripts/bench/.

## Machine

| | |
| --- | --- |
| date | ${m.date} |
| CPU | ${cell(m.cpu)}, ${m.cores} cores |
| memory | ${m.memoryGiB} GiB |
| Node | ${m.node} |
| broker | ${cell(m.kafka)} |
| database | ${cell(m.database)} |
| load average (1 min) before / after | ${r.loadBefore.toFixed(2)} / ${r.loadAfter.toFixed(2)} |
| options | duration ${r.options.durationMs / 1000} s per phase, rate ${r.options.rate}/s, concurrency ${r.options.concurrency}, ${r.respondents} respondents in ${r.options.departments} campaigns; national budget ${r.options.nationalBudgetMs / 1000} s |

## Results

| measure | value |
| --- | --- |
${resultRows(r)
  .map(([k, v]) => `| ${cell(k.trim())} | ${cell(v)} |`)
  .join("\n")}

## Targets

| target | result | |
| --- | --- | --- |
${targetRows(r)
  .map(([k, v, met]) => `| ${cell(k)} | ${cell(v)} | ${met ? "met" : "**not met**"} |`)
  .join("\n")}
${r.notes.length > 0 ? `\n## Notes\n\n${r.notes.map((n) => `- ${n}`).join("\n")}\n` : ""}`;
  writeFileSync(join(repoRoot, "docs/benchmarks.md"), md);
}
