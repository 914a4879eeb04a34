import { router } from "@tetris/shared";
import type { WorkshopsDeps } from "../application/deps.js";
import { workshopsRouter } from "./workshops.router.js";

export function workshopsAppRouter(deps: WorkshopsDeps) {
  return router({ workshops: workshopsRouter(deps) });
}
export type WorkshopsRouter = ReturnType<typeof workshopsAppRouter>;
