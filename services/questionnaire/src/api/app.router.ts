import { router } from "@tetris/shared";
import type { QuestionnaireDeps } from "../application/deps.js";
import { campaignsRouter } from "./campaigns.router.js";

export function questionnaireRouter(deps: QuestionnaireDeps) {
  return router({ campaigns: campaignsRouter(deps) });
}
export type QuestionnaireRouter = ReturnType<typeof questionnaireRouter>;
