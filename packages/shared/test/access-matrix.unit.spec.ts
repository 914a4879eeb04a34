import { describe, expect, it } from "vitest";
import { expectedOutcome, type AccessCaller } from "../src/testing/access-matrix.js";
import type { ProcedureEntry } from "../src/testing/procedure-catalogue.js";

const procedure = (type: ProcedureEntry["type"], roles: ProcedureEntry["roles"]): ProcedureEntry => ({ path: "x.y", type, roles });
const sample = { input: undefined };
const prefecture: AccessCaller = { name: "prefecture", headers: {}, role: "prefecture", department: "own" };
const withoutCsrf: AccessCaller = { ...prefecture, name: "prefecture without its CSRF token", csrfToken: "missing" };
const wrongCsrf: AccessCaller = { ...prefecture, name: "prefecture with another session's CSRF token", csrfToken: "wrong" };
const foreign: AccessCaller = { name: "foreign partner", headers: {}, role: "partner", department: "foreign" };
const nobody: AccessCaller = { name: "nobody", headers: {} };

describe("expectedOutcome", () => {
  it("follows the procedure's declared roles", () => {
    expect(expectedOutcome(procedure("mutation", ["prefecture"]), sample, prefecture)).toBe("allowed");
    expect(expectedOutcome(procedure("mutation", ["anct"]), sample, prefecture)).toBe("forbidden");
    expect(expectedOutcome(procedure("query", ["partner"]), sample, foreign)).toBe("hidden");
    expect(expectedOutcome(procedure("query", ["partner"]), { ...sample, scope: "global" }, foreign)).toBe("allowed");
    expect(expectedOutcome(procedure("query", ["partner"]), sample, nobody)).toBe("unauthenticated");
    expect(expectedOutcome(procedure("mutation", null), sample, nobody)).toBe("allowed");
  });

  it("takes a session's mutation without any CSRF token as anyone's, and lets its queries through as the agent's", () => {
    expect(expectedOutcome(procedure("mutation", ["prefecture"]), sample, withoutCsrf)).toBe("unauthenticated");
    expect(expectedOutcome(procedure("mutation", null), sample, withoutCsrf)).toBe("allowed");
    expect(expectedOutcome(procedure("query", ["prefecture"]), sample, withoutCsrf)).toBe("allowed");
    expect(expectedOutcome(procedure("query", ["anct"]), sample, withoutCsrf)).toBe("forbidden");
    expect(expectedOutcome(procedure("query", null), sample, withoutCsrf)).toBe("allowed");
  });

  it("refuses every mutation of a session with another CSRF token, public ones included, and lets its queries through as the agent's", () => {
    expect(expectedOutcome(procedure("mutation", ["prefecture"]), sample, wrongCsrf)).toBe("forbidden");
    expect(expectedOutcome(procedure("mutation", null), sample, wrongCsrf)).toBe("forbidden");
    expect(expectedOutcome(procedure("query", ["prefecture"]), sample, wrongCsrf)).toBe("allowed");
    expect(expectedOutcome(procedure("query", null), sample, wrongCsrf)).toBe("allowed");
  });
});
