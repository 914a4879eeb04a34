import { createLogger, loadConfig, startService, stopOnSignals } from "@tetris/shared";
import { projectsConfigSchema } from "./config.js";
import { wireProjects } from "./wiring.js";

const logger = createLogger("projects");
try {
  const config = loadConfig(projectsConfigSchema);
  logger.level = config.LOG_LEVEL;
  stopOnSignals(await startService("projects", config, logger, wireProjects), logger);
} catch (err) {
  logger.fatal({ err }, "the projects service could not start");
  process.exit(1);
}
