import type { ErrorRequestHandler, RequestHandler, Response } from "express";
import type { Logger } from "../logging/logger.js";

type ErrorCode = "BAD_REQUEST" | "PARSE_ERROR" | "NOT_FOUND" | "PAYLOAD_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "TOO_MANY_REQUESTS" | "INTERNAL_SERVER_ERROR";

/**
 * An error answered before or beside tRPC, in tRPC's own error shape: a client reads
 * `error.message` and `error.data.code` whichever layer refused the request.
 */
export function sendHttpError(res: Response, httpStatus: number, code: ErrorCode, message: string): void {
  res.status(httpStatus).json({ error: { message, data: { code, httpStatus } } });
}

/** Unknown paths answer JSON too, not express's HTML page. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendHttpError(res, 404, "NOT_FOUND", `Chemin inconnu : ${req.method} ${req.path.slice(0, 200)}`);
};

const bodyErrors: Record<string, [number, ErrorCode, string]> = {
  "entity.parse.failed": [400, "PARSE_ERROR", "Corps de requête illisible : JSON mal formé"],
  "entity.too.large": [413, "PAYLOAD_TOO_LARGE", "Requête trop volumineuse (1 Mo au plus)"],
  "encoding.unsupported": [415, "UNSUPPORTED_MEDIA_TYPE", "Encodage du corps de requête non pris en charge"],
  "charset.unsupported": [415, "UNSUPPORTED_MEDIA_TYPE", "Jeu de caractères non pris en charge (UTF-8 attendu)"],
  "request.aborted": [400, "BAD_REQUEST", "Requête interrompue"],
  "request.size.invalid": [400, "BAD_REQUEST", "Taille de requête incohérente"],
};

/**
 * The last word on any error express sees. Its default handler would answer an HTML page with
 * the stack whenever NODE_ENV is not "production"; this one never says more than what the
 * caller did wrong, and logs the rest.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: { status?: number; type?: string } | undefined, req, res, next) => {
    // Once a body is on its way nothing can be said any more: express then closes the connection.
    if (res.headersSent) return next(err);
    const known = err?.type ? bodyErrors[err.type] : undefined;
    if (known) return sendHttpError(res, ...known);
    if (err?.status && err.status >= 400 && err.status < 500) return sendHttpError(res, err.status, "BAD_REQUEST", "Requête invalide");
    logger.error({ err, path: req.path }, "request failed");
    sendHttpError(res, 500, "INTERNAL_SERVER_ERROR", "Erreur interne : l'incident est journalisé, réessayez plus tard.");
  };
}
