import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import "./french-messages.js";
import { InvalidFieldsError } from "./invalid-fields.js";
import { canActOn, type Principal, type Role } from "../auth/principal.js";
import { RuleViolation } from "../domain/rule-violation.js";
import { isTransientError } from "../kafka/transient-errors.js";
import type { Logger } from "../logging/logger.js";

export interface RequestContext {
  /** The verified caller, or null when the request carried no valid bearer token. */
  principal: Principal | null;
  /** Why the token was refused, to say so in the 401. */
  authError: string | null;
  correlationId: string;
  logger: Logger;
}

/**
 * What the API documentation says of a procedure (docs/api is generated from it): a summary,
 * who may call it (set by the procedure builders), and the errors particular to it.
 */
export interface ProcedureMeta {
  summary?: string;
  access?: string;
  /** The roles a staff procedure admits (set by `staffProcedure`), for the access tests; absent: public. */
  roles?: Role[];
  errors?: string[];
}

/** tRPC's own refusals (before any procedure runs) speak English and may echo what was sent. */
const trpcOwnBadRequest = /^(Batch call|"input" needs|Cannot mix|Only POST|Invalid URL-encoding|Batching is not|Streaming requests|Invalid connection|Not JSON-parsable)/;

function frenchMessageOf(code: string, message: string): string {
  switch (code) {
    case "PARSE_ERROR":
      return "Entrée illisible : JSON mal formé";
    case "PAYLOAD_TOO_LARGE":
      return "Requête trop volumineuse (1 Mo au plus)";
    case "METHOD_NOT_SUPPORTED":
      return "Méthode non prise en charge : GET pour une lecture, POST pour une modification";
    case "UNSUPPORTED_MEDIA_TYPE":
      return "Type de contenu non pris en charge : envoyez du JSON (application/json)";
    case "NOT_FOUND":
      return message.startsWith("No procedure found") ? "Procédure inconnue" : message;
    case "BAD_REQUEST":
      return trpcOwnBadRequest.test(message) ? "Requête invalide" : message;
    default:
      return message;
  }
}

const t = initTRPC.context<RequestContext>().meta<ProcedureMeta>().create({
  isDev: false,
  errorFormatter({ shape, error }) {
    const issues =
      error.cause instanceof ZodError
        ? error.cause.issues.map((i) => ({ path: i.path.join("."), message: i.message }))
        : error.cause instanceof InvalidFieldsError
          ? error.cause.issues
          : undefined;
    // Validation errors name the field at fault; internal errors never show their details.
    const message =
      error.code === "INTERNAL_SERVER_ERROR"
        ? "Erreur interne : l'incident est journalisé, réessayez plus tard."
        : error.cause instanceof ZodError && issues
          ? `Données invalides : ${issues.map((i) => `${i.path || "(racine)"} : ${i.message}`).join(" ; ")}`
          : frenchMessageOf(error.code, shape.message);
    return { ...shape, message, data: { code: shape.data.code, httpStatus: shape.data.httpStatus, issues } };
  },
});

export const router = t.router;
export const mergeRouters = t.mergeRouters;
export const middleware = t.middleware;

const ruleViolationsAsConflicts = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof RuleViolation) {
    throw new TRPCError({ code: "CONFLICT", message: result.error.cause.message, cause: result.error.cause });
  }
  return result;
});

/**
 * The database or broker unreachable or timing out for a moment is not an internal error: the
 * caller is told to retry (503). Each change is one document write, so it landed whole or not at
 * all; what a retry then does is the procedure's usual answer to a repeat.
 */
const outagesAsUnavailable = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.code === "INTERNAL_SERVER_ERROR" && isTransientError(result.error.cause)) {
    throw new TRPCError({
      code: "SERVICE_UNAVAILABLE",
      message: "Service momentanément indisponible : réessayez dans un instant.",
      cause: result.error.cause,
    });
  }
  return result;
});

/** For procedures that authenticate otherwise (a respondent's invitation token). */
export const publicProcedure = t.procedure
  .use(outagesAsUnavailable)
  .use(ruleViolationsAsConflicts)
  .meta({ access: "invitation token (no account)" });

/** Every staff procedure: a valid bearer token is required, and the roles allowed are explicit. */
export function staffProcedure(...allowed: Role[]) {
  return publicProcedure.meta({ access: `bearer token, role ${allowed.join(" or ")}`, roles: allowed }).use(({ ctx, next }) => {
    if (!ctx.principal) {
      throw new TRPCError({ code: "UNAUTHORIZED", message: ctx.authError ?? "Authentification requise (jeton porteur)" });
    }
    if (!allowed.includes(ctx.principal.role)) {
      throw new TRPCError({ code: "FORBIDDEN", message: "Votre rôle ne permet pas cette action" });
    }
    return next({ ctx: { ...ctx, principal: ctx.principal } });
  });
}

/**
 * Refuses a département code the caller named (an input, a filter) that is not theirs: the
 * caller already knows the code, so the 403 tells them nothing. An aggregate found by its id
 * goes through `loadFor` instead, which answers 404 so that nothing is learnt of what exists.
 */
export function assertDepartment(principal: Principal, departmentCode: string): void {
  if (!canActOn(principal, departmentCode)) {
    throw new TRPCError({ code: "FORBIDDEN", message: `Accès refusé au département ${departmentCode}` });
  }
}

export function notFound(what: string): never {
  throw new TRPCError({ code: "NOT_FOUND", message: `${what} introuvable` });
}

export function conflict(message: string): never {
  throw new TRPCError({ code: "CONFLICT", message });
}
