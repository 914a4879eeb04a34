import { TRPCError } from "@trpc/server";
import type { Express, Request, Response } from "express";
import type { Principal } from "../auth/principal.js";
import { InvalidTokenError } from "../auth/tokens.js";
import type { Logger } from "../logging/logger.js";
import { bearerPrincipal } from "./bearer-principal.js";

export interface Download {
  contentType: string;
  filename: string;
  body: string | Buffer;
}

const statusOf: Partial<Record<TRPCError["code"], number>> = { BAD_REQUEST: 400, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409 };

/**
 * A file download beside the tRPC API (exports, reports), with the same bearer token, the
 * same 401/403/404 answers and no stack trace. `build` answers null for an unknown file.
 */
export function downloadRoute(
  app: Express,
  path: string,
  options: { authSecret: string; logger: Logger; inline?: boolean },
  build: (req: Request<Record<string, string>>, principal: Principal) => Promise<Download | null>,
): void {
  app.get(path, async (req: Request<Record<string, string>>, res) => {
    try {
      const principal = await bearerPrincipal(options.authSecret, req);
      if (!principal) return res.status(401).json({ error: "Authentification requise (jeton porteur)" });
      const download = await build(req, principal);
      if (!download) return res.status(404).json({ error: "Fichier inconnu" });
      sendDownload(res, download, options.inline ? "inline" : "attachment");
    } catch (err) {
      if (err instanceof InvalidTokenError) return res.status(401).json({ error: err.message });
      downloadFailed(res, req, err, options.logger);
    }
  });
}

/**
 * A download whose authority is a secret in its address (a respondent's invitation link), not a
 * bearer token: `build` checks it and throws the TRPCError of the procedures (400, 403, 404).
 * The answer is someone's own and its address carries their secret: no cache keeps it, nor a refusal.
 */
export function linkDownloadRoute(
  app: Express,
  path: string,
  options: { logger: Logger },
  build: (req: Request<Record<string, string>>) => Promise<Download>,
): void {
  app.get(path, async (req: Request<Record<string, string>>, res) => {
    // Refusals too: a 404 may be kept by a cache that is not told otherwise.
    res.setHeader("cache-control", "no-store");
    try {
      sendDownload(res, await build(req), "attachment");
    } catch (err) {
      downloadFailed(res, req, err, options.logger);
    }
  });
}

function sendDownload(res: Response, download: Download, disposition: "inline" | "attachment"): void {
  res
    .status(200)
    .type(download.contentType)
    .setHeader("content-disposition", `${disposition}; filename="${download.filename}"`)
    .send(download.body);
}

/** A refusal keeps its status and French message; anything else is logged and answered without details. */
function downloadFailed(res: Response, req: Request, err: unknown, logger: Logger): void {
  const status = err instanceof TRPCError ? statusOf[err.code] : undefined;
  if (status) {
    res.status(status).json({ error: (err as Error).message });
    return;
  }
  logger.error({ err, path: req.path }, "download failed");
  res.status(500).json({ error: "Erreur interne" });
}
