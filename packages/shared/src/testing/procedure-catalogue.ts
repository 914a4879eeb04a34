import type { AnyRouter } from "@trpc/server";
import type { Role } from "../auth/principal.js";
import type { ProcedureMeta } from "../http/trpc.js";

export interface ProcedureEntry {
  path: string;
  type: "query" | "mutation";
  /** The roles a staff procedure admits; null for a public one (respondents, by invitation token). */
  roles: Role[] | null;
}

/**
 * Every procedure of a router, read from the router itself (as the API reference is), so that a
 * procedure added later is fuzzed and checked for access without anyone listing it.
 */
export function proceduresOf(router: AnyRouter): ProcedureEntry[] {
  const procedures = router._def.procedures as Record<string, { _def: { type: string; meta?: ProcedureMeta } }>;
  return Object.entries(procedures)
    .filter(([, p]) => p._def.type === "query" || p._def.type === "mutation")
    .map(([path, p]) => ({ path, type: p._def.type as "query" | "mutation", roles: p._def.meta?.roles ?? null }));
}
