// Flags win over environment variables (BENCH_<NAME>), which win over the defaults of the
// mode: the full run or --quick, each phase bounded in time (on a busy 2-core machine with
// FerretDB v1 the full run took 27 minutes, the quick one 6).
import { parseArgs } from "node:util";

const defaults = {
  full: { duration: 45, rate: 300, concurrency: 32, departments: 40, nationalDepartments: "all", nationalBudget: 150, rawSeconds: 10, rawEvents: 50_000, landingTimeout: 90 },
  quick: { duration: 15, rate: 300, concurrency: 16, departments: 8, nationalDepartments: "3", nationalBudget: 25, rawSeconds: 3, rawEvents: 10_000, landingTimeout: 45 },
};

export const usage = `npm run bench [-- options]
  --quick                      a short run for development; does not write docs/benchmarks.md
  --duration <s>               length of each load phase (45; quick 15)
  --rate <n>                   target submissions per second of the first phase (300)
  --concurrency <n>            respondents in flight at most (32; quick 16)
  --departments <n>            départements whose campaigns the load phases use (40; quick 8)
  --national-departments <n|all>  départements of the national scenario (all; quick 3)
  --national-budget <s>        time allowed to open the national campaigns, and again to ingest (150; quick 25)
  --no-national                skip the national scenario
  --no-build                   use the services' dist/ as they are (no turbo build first)
  --write / --no-write         write docs/benchmarks.md (default: full run only)
Each option may also come from the environment: BENCH_DURATION, BENCH_RATE, BENCH_CONCURRENCY, …`;

export function readOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: false },
      duration: { type: "string" },
      rate: { type: "string" },
      concurrency: { type: "string" },
      departments: { type: "string" },
      "national-departments": { type: "string" },
      "national-budget": { type: "string" },
      "no-national": { type: "boolean", default: false },
      "no-build": { type: "boolean", default: false },
      write: { type: "boolean" },
      "no-write": { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const quick = values.quick || process.env.BENCH_QUICK === "1";
  const base = defaults[quick ? "quick" : "full"];
  const pick = (flag, env, fallback) => values[flag] ?? process.env[`BENCH_${env}`] ?? fallback;
  const number = (flag, env, fallback) => {
    const value = Number(pick(flag, env, fallback));
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${flag} must be a positive number`);
    return value;
  };
  const national = pick("national-departments", "NATIONAL_DEPARTMENTS", base.nationalDepartments);
  return {
    help: values.help,
    quick,
    durationMs: number("duration", "DURATION", base.duration) * 1000,
    rate: number("rate", "RATE", base.rate),
    concurrency: number("concurrency", "CONCURRENCY", base.concurrency),
    departments: number("departments", "DEPARTMENTS", base.departments),
    nationalDepartments: national === "all" ? null : Number(national),
    nationalBudgetMs: number("national-budget", "NATIONAL_BUDGET", base.nationalBudget) * 1000,
    national: !values["no-national"] && process.env.BENCH_NATIONAL !== "0",
    rawMs: base.rawSeconds * 1000,
    landingTimeoutMs: base.landingTimeout * 1000,
    rawEvents: base.rawEvents,
    build: !values["no-build"] && process.env.BENCH_BUILD !== "0",
    write: values["no-write"] ? false : (values.write ?? !quick),
  };
}
