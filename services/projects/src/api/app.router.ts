import { router } from "@tetris/shared";
import type { ProjectsDeps } from "../application/deps.js";
import { casesRouter } from "./cases.router.js";
import { leversRouter } from "./levers.router.js";
import { nationalRouter } from "./national.router.js";
import { prioritisationRouter } from "./prioritisation.router.js";
import { projectsRouter } from "./projects.router.js";

export function projectsAppRouter(deps: ProjectsDeps) {
  return router({
    projects: projectsRouter(deps),
    prioritisation: prioritisationRouter(deps),
    levers: leversRouter(deps),
    national: nationalRouter(deps),
    cases: casesRouter(deps),
  });
}
export type ProjectsRouter = ReturnType<typeof projectsAppRouter>;
