import { router, staffProcedure } from "@tetris/shared";
import type { ProjectsDeps } from "../application/deps.js";
import { nationalView } from "../application/national/national-view.js";
import { nationalViewOutput, nationalViewSchema } from "./views/national.view.js";

export function nationalRouter(deps: ProjectsDeps) {
  return router({
    view: staffProcedure("anct")
      .meta({
        summary:
          "ANCT's national view, computed at the call from every service's events: per département and per theme, the funnel " +
          "(invited → answered → needs → candidates → selected → accompanied → delivered); the levers used in plans; the overdue " +
          "milestones of the projects in accompaniment. The same data as the downloads `/exports/national.csv` and `.xlsx`.",
      })
      .output(nationalViewSchema)
      .query(async () => nationalViewOutput(await nationalView(deps))),
  });
}
