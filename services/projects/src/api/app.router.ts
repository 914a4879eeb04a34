import { router } from "@tetris/shared";
import type { ProjectsDeps } from "../application/deps.js";
import { projectsRouter } from "./projects.router.js";

export function projectsAppRouter(deps: ProjectsDeps) {
  return router({ projects: projectsRouter(deps) });
}
export type ProjectsRouter = ReturnType<typeof projectsAppRouter>;
