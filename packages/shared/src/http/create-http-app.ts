import { randomUUID } from "node:crypto";
import { createExpressMiddleware } from "@trpc/server/adapters/express";
import type { AnyRouter } from "@trpc/server";
import express, { type Express } from "express";
import { bearerPrincipal } from "./bearer-principal.js";
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
}

const correlationIdPattern = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * The HTTP face every service shares: tRPC under /trpc, liveness, readiness and metrics.
 * A request's correlation id comes from `x-correlation-id` (or is made here) and follows
 * the events it causes.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const { router, authSecret, logger, readiness } = options;
  const app = express();
  app.disable("x-powered-by");
  app.use(express.json({ limit: "1mb" }));

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

  options.routes?.(app);

  app.use(
    "/trpc",
    createExpressMiddleware({
      router,
      async createContext({ req, res }): Promise<RequestContext> {
        const header = req.header("x-correlation-id");
        const correlationId = header && correlationIdPattern.test(header) ? header : randomUUID();
        res.setHeader("x-correlation-id", correlationId);
        const requestLogger = logger.child({ correlationId });
        try {
          const principal = await bearerPrincipal(authSecret, req);
          const log = principal ? requestLogger.child({ user: principal.subject }) : requestLogger;
          return { principal, authError: null, correlationId, logger: log };
        } catch (err) {
          return { principal: null, authError: (err as Error).message, correlationId, logger: requestLogger };
        }
      },
      onError({ error, path, ctx }) {
        const log = ctx?.logger ?? logger;
        if (error.code === "INTERNAL_SERVER_ERROR") log.error({ err: error.cause ?? error, path }, "procedure failed");
        else log.info({ path, code: error.code }, error.message);
      },
    }),
  );

  // A body that is not JSON, or too large, is the caller's fault: a 4xx, never a stack trace.
  app.use((err: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err) return next();
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) logger.error({ err }, "request failed");
    res.status(status).json({ error: status === 413 ? "Requête trop volumineuse" : status === 500 ? "Erreur interne" : "Requête invalide" });
  });

  return app;
}
