import { router } from "@tetris/shared";
import type { WorkshopsDeps } from "../application/deps.js";
import { candidatesRouter } from "./candidates.router.js";
import { needsRouter } from "./needs.router.js";
import { workshopsRouter } from "./workshops.router.js";

export function workshopsAppRouter(deps: WorkshopsDeps) {
  return router({ workshops: workshopsRouter(deps), needs: needsRouter(deps), candidates: candidatesRouter(deps) });
}
export type WorkshopsRouter = ReturnType<typeof workshopsAppRouter>;
