import { randomUUID } from "node:crypto";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import type { AnyRouter } from "@trpc/server";
import express, { type Express, type Request, type Response } from "express";
import { bearerPrincipal } from "./bearer-principal.js";
import { errorHandler, notFoundHandler, sendHttpError } from "./http-errors.js";
import { rateLimit } from "./rate-limit.js";
import { securityHeaders } from "./security-headers.js";
import type { Principal } from "../auth/principal.js";
import type { Logger } from "../logging/logger.js";
import { metricsRegistry } from "../observability/metrics.js";
import type { RequestContext } from "./trpc.js";

export type ReadinessCheck = () => Promise<Record<string, boolean>>;

export interface HttpAppOptions {
  router: AnyRouter;
  authSecret: string;
  logger: Logger;
  readiness: ReadinessCheck;
  routes?: (app: Express) => void;
  /** Routes for the web gateway alone, with its own credential: neither bearer token nor rate limit. */
  gatewayRoutes?: (app: Express) => void;
  /** Requests a caller may make per minute (RATE_LIMIT_PER_MINUTE); 0 or absent: no limit. */
  rateLimitPerMinute?: number;
}

/** The largest body accepted: a template or 2,000 invitations fit well within it. */
export const MAX_BODY_BYTES = 1024 * 1024;

const correlationIdPattern = /^[A-Za-z0-9._:-]{1,100}$/;

interface Caller {
  principal: Principal | null;
  authError: string | null;
}

/** The bearer token is verified once per request, for the rate limit and for the procedures. */
function callerOf(res: Response): Caller {
  return (res.locals.caller as Caller | undefined) ?? { principal: null, authError: null };
}

/**
 * The HTTP face every service shares: tRPC under /trpc, liveness, readiness and metrics.
 * A request's correlation id comes from `x-correlation-id` (or is made here) and follows
 * the events it causes.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const { router, authSecret, logger, readiness } = options;
  const app = express();
  app.disable("x-powered-by");
  // The web gateway relays from the loopback address and says who it relays for
  // (X-Forwarded-For): anonymous respondents are then limited each on their own address.
  app.set("trust proxy", "loopback");
  app.use(securityHeaders());

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });

  app.get("/readyz", async (_req, res) => {
    const checks = await readiness().catch(() => ({ readiness: false }));
    const ready = Object.values(checks).every(Boolean);
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not-ready", checks });
  });

  app.get("/metrics", async (_req, res) => {
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  });

  options.gatewayRoutes?.(app);

  // Probes and the gateway's routes above are never limited; everything a user can call below is.
  app.use(async (req: Request, res: Response, next) => {
    try {
      res.locals.caller = { principal: await bearerPrincipal(authSecret, req), authError: null } satisfies Caller;
    } catch (err) {
      res.locals.caller = { principal: null, authError: (err as Error).message } satisfies Caller;
    }
    next();
  });
  app.use(
    rateLimit(options.rateLimitPerMinute ?? 0, (req, res) => {
      const { principal } = callerOf(res);
      return principal ? `principal:${principal.subject}` : `address:${req.ip ?? "unknown"}`;
    }),
  );
  // Not strict: any JSON value is an input for tRPC to judge, so that `null` or `"x"` get its 400.
  app.use(express.json({ limit: MAX_BODY_BYTES, strict: false }));

  options.routes?.(app);

  // tRPC answers a body of another type with a 415 labelled text/plain; this one is JSON.
  app.post("/trpc/{*path}", (req, res, next) => {
    if (req.is("application/json")) return next();
    sendHttpError(res, 415, "UNSUPPORTED_MEDIA_TYPE", "Type de contenu non pris en charge : envoyez du JSON (application/json)");
  });
  app.use(
    "/trpc",
    createExpressMiddleware({
      router,
      // Should a body ever reach tRPC unparsed, it is held to the same limit.
      maxBodySize: MAX_BODY_BYTES,
      async createContext({ req, res }): Promise<RequestContext> {
        const header = req.header("x-correlation-id");
        const correlationId = header && correlationIdPattern.test(header) ? header : randomUUID();
        res.setHeader("x-correlation-id", correlationId);
        const requestLogger = logger.child({ correlationId });
        const { principal, authError } = callerOf(res);
        const log = principal ? requestLogger.child({ user: principal.subject }) : requestLogger;
        return { principal, authError, correlationId, logger: log };
      },
      onError({ error, path, ctx }) {
        const log = ctx?.logger ?? logger;
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error.cause ?? error, path }, "procedure failed");
        else if (error.code === "SERVICE_UNAVAILABLE") log.warn({ err: error.cause ?? error, path }, "procedure failed: dependency unavailable");
        else log.info({ path, code: error.code }, error.message);
      },
    }),
  );

  app.use(notFoundHandler);
  app.use(errorHandler(logger));

  return app;
}
