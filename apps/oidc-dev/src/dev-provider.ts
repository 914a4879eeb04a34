import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { Logger } from "@tetris/shared";
import express from "express";
import Provider from "oidc-provider";
import type { DevProviderConfig } from "./config.js";
import { interactionRoutes } from "./interaction-routes.js";
import { errorPage } from "./pages.js";
import { providerConfiguration } from "./provider-configuration.js";
import { signingKeys } from "./signing-keys.js";

export interface RunningDevProvider {
  issuer: string;
  port: number;
  stop(): Promise<void>;
}

// ProConnect refuses shorter ones: so does its stand-in, so that the gateway cannot rely on less.
const MIN_STATE_AND_NONCE_LENGTH = 32;

/**
 * Starts the local OpenID Connect provider. It listens before the provider is built, so that
 * a test can ask for port 0 and still get an issuer that names the port it really has.
 */
export async function startDevProvider(config: DevProviderConfig, logger: Logger): Promise<RunningDevProvider> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(config.OIDC_DEV_PORT, config.HOST, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.OIDC_DEV_PORT;
  const issuer = config.OIDC_DEV_ISSUER ?? `http://${config.HOST}:${port}`;

  const provider = new Provider(issuer, providerConfiguration(config, await signingKeys(config.OIDC_DEV_JWKS)));
  provider.on("server_error", (_ctx, err) => logger.error({ err }, "provider error"));
  provider.on("authorization.error", (_ctx, err) => logger.warn({ err: err.message }, "authorization refused"));
  provider.on("grant.error", (_ctx, err) => logger.warn({ err: err.message }, "token request refused"));

  server.on("request", providerApp(provider, logger));
  logger.info({ issuer, port }, `local OpenID Connect provider listening on ${issuer}`);

  let stopping: Promise<void> | undefined;
  return {
    issuer,
    port,
    stop: () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => closeServer(server, resolve));
        logger.info("local OpenID Connect provider stopped");
      })()),
  };
}

function providerApp(provider: Provider, logger: Logger): express.Express {
  const app = express();
  app.disable("x-powered-by");
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  const dsfr = join(dirname(createRequire(import.meta.url).resolve("@gouvfr/dsfr/package.json")), "dist");
  app.use("/dsfr", express.static(dsfr, { maxAge: "1d" }));
  app.get("/auth", (req, res, next) => {
    for (const name of ["state", "nonce"] as const) {
      const value = req.query[name];
      if (typeof value !== "string" || value.length < MIN_STATE_AND_NONCE_LENGTH) {
        res.status(400).type("html").send(errorPage("invalid_request", `Le paramètre ${name} doit faire au moins ${MIN_STATE_AND_NONCE_LENGTH} caractères.`));
        return;
      }
    }
    next();
  });
  interactionRoutes(app, provider);
  app.use(provider.callback());
  app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    logger.warn({ err }, "interaction failed");
    const message = err instanceof Error ? err.message : String(err);
    res.status(400).type("html").send(errorPage("interaction_failed", `La connexion a échoué ou a expiré : recommencez depuis l'application. (${message})`));
  });
  return app;
}

function closeServer(server: Server, done: () => void): void {
  server.close(() => done());
  // Browsers keep idle connections open: without this, close would wait for them.
  server.closeAllConnections();
}
