import type { Role } from "../auth/principal.js";
import { signAccessToken } from "../auth/tokens.js";
import { DEVELOPMENT_AUTH_SECRET } from "../config/config.js";
import type { DatabaseWatcher } from "./database-snapshot.js";
import { snapshotDifferences } from "./database-snapshot.js";
import { hostileTokens } from "./hostile-tokens.js";
import type { ProcedureEntry } from "./procedure-catalogue.js";
import { callProcedure, leakProblems, refusalProblems, type RawAnswer } from "./raw-call.js";

/**
 * A valid input of a procedure, aimed at a real thing of département A. `scope: "global"` says
 * the procedure reads or writes nothing of a département (templates, the lever catalogue), so
 * that a caller of another département is served like one of A.
 */
export interface ProcedureSample {
  input: unknown;
  scope?: "department" | "global";
  /**
   * What the first caller let through gets: 200 unless a rule refuses the sample whatever the
   * caller (publishing a ranking whose scores are incomplete answers 409).
   */
  firstStatus?: number;
}

/**
 * The table every access test keeps: one sample per procedure, built from what beforeAll made
 * (asynchronously when it needs the current version of a thing).
 */
export type SampleTable<F> = Record<string, (fixture: F) => ProcedureSample | Promise<ProcedureSample>>;

export interface AccessCaller {
  name: string;
  /** What the caller sends: a bearer token, a session cookie with its CSRF token, or nothing. */
  headers: Record<string, string>;
  /** Absent for a caller without a valid token (or a session without a habilitation). */
  role?: Role;
  department?: "own" | "foreign";
  /**
   * A session cookie sent without the session's CSRF token. On a mutation the gateway lends a
   * cookie without any token nothing (`missing`: as anyone's, 401 on a staff procedure, through
   * on a public one), and refuses one with another token (`wrong`: 403 before any service, public
   * procedures included). Queries go through as the agent's either way.
   */
  csrfToken?: "missing" | "wrong";
}

/**
 * Who knocks: without a token, with each kind of bad token, then each role of département A
 * (`own`) and the roles of another département (`foreign`).
 */
export async function accessCallers(own: string, foreign: string): Promise<AccessCaller[]> {
  const bad = Object.entries(await hostileTokens()).map(([name, authorization]) => ({ name: `${name} token`, headers: { authorization } }));
  const bearer = async (role: Role, departments: string[]) => ({
    authorization: `Bearer ${await signAccessToken(DEVELOPMENT_AUTH_SECRET, { subject: `matrix-${role}-${departments.join("-")}`, name: `Test ${role}`, role, departments })}`,
  });
  return [
    { name: "no token", headers: {} },
    ...bad,
    { name: "anct", headers: await bearer("anct", []), role: "anct", department: "own" },
    { name: `prefecture of ${own}`, headers: await bearer("prefecture", [own]), role: "prefecture", department: "own" },
    { name: `partner of ${own}`, headers: await bearer("partner", [own]), role: "partner", department: "own" },
    { name: `prefecture of ${foreign}`, headers: await bearer("prefecture", [foreign]), role: "prefecture", department: "foreign" },
    { name: `partner of ${foreign}`, headers: await bearer("partner", [foreign]), role: "partner", department: "foreign" },
  ];
}

export type Outcome = "unauthenticated" | "forbidden" | "hidden" | "allowed";

/** What a caller must get, from the roles the procedure declares (its `access` meta). */
export function expectedOutcome(procedure: ProcedureEntry, sample: ProcedureSample, caller: AccessCaller): Outcome {
  // The gateway checks the CSRF token of a cookie's mutation before any service, and so before any procedure's own rule.
  const mutation = procedure.type === "mutation";
  if (mutation && caller.csrfToken === "wrong") return "forbidden";
  const role = mutation && caller.csrfToken === "missing" ? undefined : caller.role;
  // A public procedure's authority is the invitation token in its input, whatever the header says.
  if (procedure.roles === null) return "allowed";
  if (!role) return "unauthenticated";
  if (!procedure.roles.includes(role)) return "forbidden";
  if (caller.department === "foreign" && (sample.scope ?? "department") === "department") return "hidden";
  return "allowed";
}

/** The strings of A that the answer carries but the input did not (the caller knew those). */
function secretsIn(answer: RawAnswer, secrets: string[], input: unknown): string[] {
  const sent = JSON.stringify(input) ?? "";
  return secrets
    .map((s) => JSON.stringify(s).slice(1, -1))
    .filter((s) => !sent.includes(s) && answer.text.includes(s));
}

function outcomeProblems(procedure: ProcedureEntry, outcome: Outcome, answer: RawAnswer, secrets: string[], input: unknown): string[] {
  const problems: string[] = [];
  const refused = answer.status >= 400;
  if (outcome === "unauthenticated" && answer.status !== 401) problems.push(`expected 401, got ${answer.status}`);
  if (outcome === "forbidden" && answer.status !== 403) problems.push(`expected 403, got ${answer.status}`);
  if (outcome === "hidden") {
    // Refused as forbidden or as missing; a list may answer, but with nothing of A in it.
    const listed = procedure.type === "query" && answer.status === 200;
    if (!listed && answer.status !== 403 && answer.status !== 404) problems.push(`expected 403 or 404, got ${answer.status}`);
  }
  if (outcome === "allowed" && (answer.status === 401 || answer.status === 403 || answer.status >= 500)) {
    problems.push(`expected to be let through, got ${answer.status}: ${answer.text.slice(0, 200)}`);
  }
  problems.push(...(refused ? refusalProblems(answer) : leakProblems(answer)));
  if (outcome !== "allowed") {
    const leaked = secretsIn(answer, secrets, input);
    if (leaked.length) problems.push(`leaks ${leaked.join(", ")}`);
  }
  return problems;
}

/**
 * Every caller that must be refused, for one procedure: the expected status, no stack, nothing
 * of A, and for a mutation the database as it was.
 */
export async function refusedAccessProblems(options: {
  baseUrl: string;
  procedure: ProcedureEntry;
  sample: ProcedureSample;
  callers: AccessCaller[];
  secrets: string[];
  database: DatabaseWatcher;
}): Promise<string[]> {
  const { baseUrl, procedure, sample, callers, secrets, database } = options;
  const refusing = callers.filter((c) => expectedOutcome(procedure, sample, c) !== "allowed");
  const problems: string[] = [];
  const before = await database.snapshot();
  for (const caller of refusing) {
    const outcome = expectedOutcome(procedure, sample, caller);
    const answer = await callProcedure(baseUrl, procedure, sample.input, caller.headers);
    problems.push(...outcomeProblems(procedure, outcome, answer, secrets, sample.input).map((p) => `${caller.name}: ${p}`));
  }
  if (refusing.length) {
    const changed = snapshotDifferences(before, await database.snapshot());
    if (changed.length) problems.push(`refused calls changed the database: ${changed.join("; ")}`);
  }
  return problems;
}

/**
 * Every caller that must be let through, for one procedure: the first with the sample must
 * succeed (the sample is right and the role is enough); later ones may meet what the first
 * changed (409), but never a 401, a 403 or a 5xx.
 */
export async function allowedAccessProblems(options: {
  baseUrl: string;
  procedure: ProcedureEntry;
  sample: ProcedureSample;
  callers: AccessCaller[];
}): Promise<string[]> {
  const { baseUrl, procedure, sample, callers } = options;
  const problems: string[] = [];
  let first = true;
  for (const caller of callers.filter((c) => expectedOutcome(procedure, sample, c) === "allowed")) {
    const answer = await callProcedure(baseUrl, procedure, sample.input, caller.headers);
    const expected = sample.firstStatus ?? 200;
    if (first && answer.status !== expected) problems.push(`${caller.name}: expected ${expected} with the sample, got ${answer.status}: ${answer.text.slice(0, 300)}`);
    problems.push(...outcomeProblems(procedure, "allowed", answer, [], sample.input).map((p) => `${caller.name}: ${p}`));
    first = false;
  }
  return problems;
}

/** Procedures of the router without a sample, and samples of no procedure: both are mistakes. */
export function sampleTableProblems(procedures: ProcedureEntry[], table: Record<string, unknown>): string[] {
  const paths = new Set(procedures.map((p) => p.path));
  return [
    ...procedures.filter((p) => !(p.path in table)).map((p) => `${p.path} has no entry in the sample table`),
    ...Object.keys(table).filter((k) => !paths.has(k)).map((k) => `${k} is in the sample table but not in the router`),
  ];
}
