import { createLogger, loadConfig, startService, stopOnSignals } from "@tetris/shared";
import { questionnaireConfigSchema } from "./config.js";
import { wireQuestionnaire } from "./wiring.js";

const logger = createLogger("questionnaire");
try {
  const config = loadConfig(questionnaireConfigSchema);
  logger.level = config.LOG_LEVEL;
  stopOnSignals(await startService("questionnaire", config, logger, wireQuestionnaire), logger);
} catch (err) {
  logger.fatal({ err }, "the questionnaire service could not start");
  process.exit(1);
}
