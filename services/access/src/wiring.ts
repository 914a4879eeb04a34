import { authSecretOf, type ServiceInfrastructure, type ServiceWiring } from "@tetris/shared";
import { accessAppRouter } from "./api/app.router.js";
import { sessionRoutes } from "./api/session.routes.js";
import type { AccessDeps } from "./application/deps.js";
import { sessionSettingsSchema } from "./config.js";
import { habilitationModel } from "./infrastructure/habilitation.model.js";
import { sessionEventModel } from "./infrastructure/journal.model.js";
import { ensureSessionExpiryIndex, sessionModel } from "./infrastructure/session.model.js";

/**
 * The access service's pieces on the shared infrastructure. It publishes and consumes no event
 * (no outbox, no consumer): no other service needs to hear of a grant or a sign-in, since each
 * trusts the token the gateway mints from the session it resolved here. `now` is for the tests,
 * which move time to expire sessions.
 */
export function accessWiring(options: { now?: () => Date } = {}) {
  return ({ connection, config, logger }: ServiceInfrastructure): ServiceWiring => {
    const settings = sessionSettingsSchema.parse(config);
    const deps: AccessDeps = {
      habilitations: habilitationModel(connection),
      sessions: sessionModel(connection),
      sessionEvents: sessionEventModel(connection),
      lifetimes: { idleSeconds: settings.SESSION_IDLE_SECONDS, maxSeconds: settings.SESSION_MAX_SECONDS },
      now: options.now ?? (() => new Date()),
    };
    return {
      router: accessAppRouter(deps),
      gatewayRoutes: sessionRoutes(deps, authSecretOf(config), logger),
      outboxModels: [],
      seed: () => ensureSessionExpiryIndex(deps.sessions, logger),
    };
  };
}

export const wireAccess = accessWiring();
