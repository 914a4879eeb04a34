import { canActOn, router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import type { ProjectsDeps } from "../application/deps.js";
import type { Project } from "../domain/project.js";

const caseInput = z.object({ caseId: z.string().trim().min(1).max(100) });

function projectView(p: Project) {
  const { _id, proposedAt, ...fields } = p;
  return { projectId: _id, ...fields, proposedAt: proposedAt.toISOString() };
}

export function projectsRouter(deps: ProjectsDeps) {
  return router({
    /** The projects of a case, as proposed by its workshop. */
    byCase: staffProcedure("anct", "prefecture", "partner")
      .input(caseInput)
      .query(async ({ ctx, input }) => {
        const projects = await deps.projects.find({ caseId: input.caseId }, { outbox: 0 }).sort({ proposedAt: 1 }).lean();
        // A case belongs to one département: what the caller may not see is simply not there.
        return projects.filter((p) => canActOn(ctx.principal, p.departmentCode)).map(projectView);
      }),

    /** Everything that happened to a case, across the three services, oldest first. */
    timeline: staffProcedure("anct", "prefecture", "partner")
      .input(caseInput)
      .query(async ({ ctx, input }) => {
        const entries = await deps.timeline.find({ caseId: input.caseId }).sort({ occurredAt: 1 }).limit(5000).lean();
        return entries
          .filter((e) => canActOn(ctx.principal, e.departmentCode))
          .map(({ _id, occurredAt, ...e }) => ({ eventId: _id, ...e, occurredAt: occurredAt.toISOString() }));
      }),
  });
}
