import { router } from "@tetris/shared";
import type { QuestionnaireDeps } from "../application/deps.js";
import { campaignsRouter } from "./campaigns.router.js";
import { respondentRouter } from "./respondent.router.js";
import { templatesRouter } from "./templates.router.js";

export function questionnaireRouter(deps: QuestionnaireDeps) {
  return router({ templates: templatesRouter(deps), campaigns: campaignsRouter(deps), respondent: respondentRouter(deps) });
}
export type QuestionnaireRouter = ReturnType<typeof questionnaireRouter>;
