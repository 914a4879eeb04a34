import { router } from "@tetris/shared";
import type { AccessDeps } from "../application/deps.js";
import { habilitationsRouter } from "./habilitations.router.js";
import { journalRouter } from "./journal.router.js";

export function accessAppRouter(deps: AccessDeps) {
  return router({ habilitations: habilitationsRouter(deps), journal: journalRouter(deps) });
}
export type AccessRouter = ReturnType<typeof accessAppRouter>;
