import { createLogger, loadConfig, stopOnSignals } from "@tetris/shared";
import { devProviderConfigSchema } from "./config.js";
import { startDevProvider } from "./dev-provider.js";

const logger = createLogger("oidc-dev");
try {
  const config = loadConfig(devProviderConfigSchema);
  logger.level = config.LOG_LEVEL;
  stopOnSignals(await startDevProvider(config, logger), logger);
} catch (err) {
  logger.fatal({ err }, "the local OpenID Connect provider could not start");
  process.exit(1);
}
