import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import "./french-messages.js";
import { InvalidFieldsError } from "./invalid-fields.js";
import { canActOn, type Principal, type Role } from "../auth/principal.js";
import { RuleViolation } from "../domain/rule-violation.js";
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
  errors?: string[];
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
          : shape.message;
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

/** For procedures that authenticate otherwise (a respondent's invitation token). */
export const publicProcedure = t.procedure.use(ruleViolationsAsConflicts).meta({ access: "invitation token (no account)" });

/** Every staff procedure: a valid bearer token is required, and the roles allowed are explicit. */
export function staffProcedure(...allowed: Role[]) {
  return publicProcedure.meta({ access: `bearer token, role ${allowed.join(" or ")}` }).use(({ ctx, next }) => {
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
 * Refuses the département of another holder. Called with the département of the thing being
 * read or changed, once it is known; the answer is the same whether the thing exists or not
 * so that nothing is learnt of another département.
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
