import { router, staffProcedure } from "@tetris/shared";
import type { ProjectsDeps } from "../application/deps.js";
import { nationalView } from "../application/national/national-view.js";

export function nationalRouter(deps: ProjectsDeps) {
  return router({
    view: staffProcedure("anct")
      .meta({ summary: "ANCT's national view: per département and per theme, the funnel (invited → answered → needs → candidates → selected → accompanied → delivered), levers used, overdue milestones. Also as `/exports/national.csv` and `.xlsx`." })
      .query(async () => {
        const view = await nationalView(deps);
        return { ...view, generatedAt: view.generatedAt.toISOString() };
      }),
  });
}
