import type { DatabaseWatcher } from "./database-snapshot.js";
import { snapshotDifferences } from "./database-snapshot.js";
import { hostileInputs } from "./hostile-input.js";
import type { ProcedureEntry } from "./procedure-catalogue.js";
import { callProcedure, leakProblems, refusalProblems } from "./raw-call.js";

const shown = (input: unknown) => (JSON.stringify(input) ?? "undefined").slice(0, 300);

/** Refused mutations are checked against the database by groups of this many calls. */
const GROUP = 5;

/**
 * Sends `count` hostile inputs to one procedure with a token that may call it, and says what
 * went wrong: an answer of 500 or more, a refusal that is not a clean tRPC error, a stack or
 * internal detail, or refused calls that still wrote. A snapshot of the database costs about
 * as much as ten calls, so the calls go by groups: a group the service refused whole must
 * leave the database as it found it; a group with an accepted call cannot be judged that way
 * and starts a new baseline.
 */
export async function fuzzProblems(options: {
  baseUrl: string;
  procedure: ProcedureEntry;
  sample: unknown;
  authorization: string;
  count: number;
  seed: number;
  database: DatabaseWatcher;
}): Promise<{ problems: string[]; accepted: number }> {
  const { baseUrl, procedure, authorization, database } = options;
  // Queries carry their input in the URL: keep it well under Node's 16 kB of headers.
  const inputs = hostileInputs(options.sample, options.count, options.seed, procedure.type === "query" ? 300 : 2000);
  const problems: string[] = [];
  let accepted = 0;
  let before = await database.snapshot();
  for (let from = 0; from < inputs.length; from += GROUP) {
    let groupAccepted = false;
    for (const input of inputs.slice(from, from + GROUP)) {
      const answer = await callProcedure(baseUrl, procedure, input, { authorization });
      const found = answer.status >= 400 ? refusalProblems(answer) : leakProblems(answer);
      if (answer.status < 400) {
        accepted++;
        groupAccepted = true;
      }
      problems.push(...found.map((p) => `${procedure.path} with ${shown(input)} (seed ${options.seed}): ${p}`));
    }
    // A group with an accepted call may have written (a grid made at its first reading, a
    // harmless change of a valid sample); a group refused throughout must not have.
    // A query writes before it answers; a mutation's events are relayed afterwards.
    if (groupAccepted) {
      before = procedure.type === "query" ? await database.snapshot() : await database.settled();
    } else {
      const changed = snapshotDifferences(before, await database.snapshot());
      if (changed.length) {
        const shownGroup = inputs.slice(from, from + GROUP).map(shown).join(" | ");
        problems.push(`${procedure.path}: refused calls changed the database (seed ${options.seed}): ${changed.join("; ")}; inputs: ${shownGroup}`);
        before = await database.settled();
      }
    }
  }
  return { problems, accepted };
}
