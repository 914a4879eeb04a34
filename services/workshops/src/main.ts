import { createLogger, loadConfig, startService, stopOnSignals } from "@tetris/shared";
import { workshopsConfigSchema } from "./config.js";
import { wireWorkshops } from "./wiring.js";

const logger = createLogger("workshops");
try {
  const config = loadConfig(workshopsConfigSchema);
  logger.level = config.LOG_LEVEL;
  stopOnSignals(await startService("workshops", config, logger, wireWorkshops), logger);
} catch (err) {
  logger.fatal({ err }, "the workshops service could not start");
  process.exit(1);
}
