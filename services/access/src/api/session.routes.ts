import { GATEWAY_TOKEN_HEADER, internalSessionPaths, InvalidTokenError, isTransientError, verifyGatewayToken, type Logger } from "@tetris/shared";
import express, { type Express, type NextFunction, type Request, type Response } from "express";
import type { z } from "zod";
import type { AccessDeps } from "../application/deps.js";
import { closeSession, openSession, openSessionBody, resolveSession, sessionIdBody } from "../application/sessions.js";

/** The sessions' bodies are small: an identity and an ID token (a few kilobytes). */
const BODY_LIMIT = "64kb";

function fail(res: Response, status: number, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ error: { message, ...extra } });
}

/** A POST route whose JSON body is checked against `schema`: 400 naming the field at fault. */
function post<S extends z.ZodType>(
  internal: express.Router,
  path: string,
  schema: S,
  handle: (body: z.infer<S>) => Promise<[number, unknown]>,
): void {
  internal.post(path, async (req: Request, res: Response, next: NextFunction) => {
    const parsed = schema.safeParse(req.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
      const first = issues[0]!;
      return fail(res, 400, `Données invalides : ${issues.map((i) => `${i.path || "(racine)"} : ${i.message}`).join(" ; ")}`, { path: first.path, issues });
    }
    try {
      const [status, answer] = await handle(parsed.data);
      res.status(status).json(answer);
    } catch (err) {
      next(err);
    }
  });
}

/**
 * The sessions of the agents signed in through ProConnect, for the web gateway alone (it holds
 * the cookies): plain JSON routes under /internal, outside tRPC and the API reference. Every
 * call carries the gateway's credential (`x-tetris-gateway`), checked before the body is read.
 */
export function sessionRoutes(deps: AccessDeps, authSecret: string, logger: Logger) {
  const internal = express.Router();
  internal.use(async (req, res, next) => {
    // Session ids, CSRF tokens and ID tokens: nothing here is for a cache.
    res.setHeader("cache-control", "no-store");
    const token = req.header(GATEWAY_TOKEN_HEADER);
    if (!token) return fail(res, 401, `Réservé à la passerelle web : en-tête ${GATEWAY_TOKEN_HEADER} manquant`);
    try {
      await verifyGatewayToken(authSecret, token);
    } catch (err) {
      return fail(res, 401, err instanceof InvalidTokenError ? err.message : "Jeton de passerelle invalide");
    }
    next();
  });
  internal.use(express.json({ limit: BODY_LIMIT, strict: false }));

  const under = (path: string) => path.replace(/^\/internal/, "");
  post(internal, under(internalSessionPaths.open), openSessionBody, async (body) => [201, await openSession(deps, body)]);
  post(internal, under(internalSessionPaths.resolve), sessionIdBody, async ({ sessionId }) => [200, { session: await resolveSession(deps, sessionId) }]);
  post(internal, under(internalSessionPaths.close), sessionIdBody, async ({ sessionId }) => [200, await closeSession(deps, sessionId)]);

  internal.use((req, res) => fail(res, 404, `Chemin inconnu : ${req.method} ${req.path.slice(0, 200)}`));
  internal.use((err: { type?: string } | undefined, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    if (err?.type === "entity.parse.failed") return fail(res, 400, "Corps de requête illisible : JSON mal formé", { path: null });
    if (err?.type === "entity.too.large") return fail(res, 413, "Requête trop volumineuse (64 ko au plus)");
    if (isTransientError(err)) {
      logger.warn({ err, path: req.path }, "session route failed: database unavailable");
      return fail(res, 503, "Service momentanément indisponible : réessayez dans un instant.");
    }
    logger.error({ err, path: req.path }, "session route failed");
    fail(res, 500, "Erreur interne : l'incident est journalisé, réessayez plus tard.");
  });

  return (app: Express) => app.use("/internal", internal);
}
