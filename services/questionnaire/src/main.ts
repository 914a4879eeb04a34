import { runServiceMain } from "@tetris/shared";
import { questionnaireConfigSchema } from "./config.js";
import { wireQuestionnaire } from "./wiring.js";

await runServiceMain("questionnaire", questionnaireConfigSchema, wireQuestionnaire);
