import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { allDepartments, territoriesOf } from "@tetris/shared/territories";
import express from "express";
import { createProxyMiddleware } from "http-proxy-middleware";
import { accessClient } from "./auth/access-client.js";
import { apiSession } from "./auth/api-session.js";
import { cookieNames } from "./auth/cookies.js";
import { loadGatewayConfig } from "./auth/gateway-config.js";
import { oidcProvider } from "./auth/oidc-client.js";
import { sessionRoutes } from "./auth/session-routes.js";
import { signInRoutes, type AuthDeps } from "./auth/sign-in-routes.js";
import { devTokenRoute } from "./dev-token-route.js";
import { isPagePath } from "./page-paths.js";

/**
 * The one origin users reach: the web pages, and `/api/<service>` relayed to each service,
 * so the browser never talks to a service directly (no CORS, one address to publish).
 */
let config;
try {
  config = loadGatewayConfig();
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
const { services, port, host } = config;
const log: AuthDeps["log"] = (level, msg, details) => {
  console.log(JSON.stringify({ level, time: new Date().toISOString(), service: "web", msg, ...details }));
};
const auth: AuthDeps = {
  config,
  provider: oidcProvider(config),
  access: accessClient(services.access, config.authSecret),
  cookies: cookieNames(config.secureCookies),
  log,
};
const pages = join(dirname(fileURLToPath(import.meta.url)), "../dist");
const dsfr = join(dirname(createRequire(import.meta.url).resolve("@gouvfr/dsfr/package.json")), "dist");

const app = express();
app.disable("x-powered-by");
// The pages load only what the gateway serves: the bundle's scripts and styles (no inline
// script; React's style props go through the CSSOM, which style-src does not govern), DSFR's
// fonts and icons (some are data: URIs in its CSS), and the API under /api. The relayed API
// answers carry the services' own, stricter policy. No Strict-Transport-Security here: the
// gateway speaks http, and HSTS belongs to the TLS front of the installation.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");
app.use((_req, res, next) => {
  res.setHeader("Content-Security-Policy", contentSecurityPolicy);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "no-referrer");
  res.setHeader("X-Frame-Options", "DENY");
  res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
  next();
});
app.get("/healthz", (_req, res) => {
  res.json({ status: "ok" });
});
// The communes and EPCI of a département, for the territory fields: public data, the same for
// everyone, so served here rather than by a service. A code of no département answers 404.
devTokenRoute(app);
signInRoutes(app, auth);
sessionRoutes(app, auth);
app.get("/referentiel/departements", (_req, res) => {
  res.setHeader("Cache-Control", "public, max-age=86400");
  res.json(allDepartments());
});
app.get("/referentiel/territoires/:departement", (req, res) => {
  const territories = territoriesOf(req.params.departement);
  if (territories.communes.length === 0) {
    res.status(404).json({ error: { message: "Département inconnu." } });
    return;
  }
  res.setHeader("Cache-Control", "public, max-age=86400");
  res.json(territories);
});
// The access service's session routes are for the gateway alone, never relayed.
app.use("/api/access/internal", (_req, res) => {
  res.status(404).json({ error: { message: "Adresse inconnue." } });
});
app.use("/api", apiSession(auth));
for (const [name, target] of Object.entries(services)) {
  app.use(
    `/api/${name}`,
    createProxyMiddleware({
      target,
      // The services limit anonymous callers by address: tell them whose request this is.
      xfwd: true,
      on: {
        error: (_err, _req, res) => {
          if ("writeHead" in res && !res.headersSent) {
            res.writeHead(502, { "content-type": "application/json" });
            res.end(JSON.stringify({ error: { message: `Le service ${name} ne répond pas : réessayez dans un instant.` } }));
          }
        },
      },
    }),
  );
}
if (!existsSync(join(pages, "index.html"))) {
  console.error("Pages absentes : lancez d'abord `npm run build` (ou `npm start`).");
  process.exit(1);
}
// The service worker decides what the browser keeps for offline use, so it must never be kept
// stale itself: `no-cache` makes the browser ask on each check, and a new build is picked up at
// the next visit. Served from the root, its default scope is already "/": no
// `Service-Worker-Allowed` needed.
app.get("/service-worker.js", (_req, res) => {
  res.setHeader("Cache-Control", "no-cache");
  res.type("text/javascript");
  res.sendFile(join(pages, "service-worker.js"), { cacheControl: false });
});
app.use("/dsfr", express.static(dsfr, { index: false, maxAge: "1d" }));
app.use(express.static(pages, { index: false, maxAge: "1h" }));
// Every other path gets the single-page application, which shows the page, or its "Page non
// trouvée" with status 404 when no page has that path (for crawlers, link checkers and logs).
app.use((req, res) => {
  res.status(isPagePath(req.path) ? 200 : 404).sendFile(join(pages, "index.html"));
});

app.listen(port, host, () => {
  log("info", `web application on http://${host}:${port}`, { port });
});
