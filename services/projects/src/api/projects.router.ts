import { canActOn, router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import { addJournalEntry, changeStatus, journalInput, milestoneInput, planAccompaniment, planInput, statusInput, updateMilestone } from "../application/accompany.js";
import { decide, decisionInput } from "../application/decide.js";
import type { ProjectsDeps } from "../application/deps.js";
import { loadProjectFor } from "../application/load-project.js";
import { projectView, traceabilityView } from "./project.view.js";

const caseInput = z.object({ caseId: z.string().trim().min(1).max(100) });
const projectInput = z.object({ projectId: z.string().trim().min(1).max(100) });

export function projectsRouter(deps: ProjectsDeps) {
  const readers = staffProcedure("anct", "prefecture", "partner");
  const anct = staffProcedure("anct");
  return router({
    byCase: readers
      .meta({ summary: "The projects of a case with their status, progress (from milestones) and overdue milestones. Another département's case shows nothing." })
      .input(caseInput)
      .query(async ({ ctx, input }) => {
        const projects = await deps.projects.find({ caseId: input.caseId }, { outbox: 0 }).sort({ proposedAt: 1 }).lean();
        const now = deps.now();
        // A case belongs to one département: what the caller may not see is simply not there.
        return projects.filter((p) => canActOn(ctx.principal, p.departmentCode)).map((p) => projectView(p, now));
      }),
    get: readers
      .meta({ summary: "One project, whole: scores, decision, plan, journal.", errors: ["404 if it does not exist", "403 if it is another département's"] })
      .input(projectInput)
      .query(async ({ ctx, input }) => projectView(await loadProjectFor(deps, input.projectId, ctx.principal), deps.now())),
    traceability: readers
      .meta({ summary: "From a project back to the needs it answers, their themes and the questionnaire answers behind them." })
      .input(projectInput)
      .query(async ({ ctx, input }) => traceabilityView(await loadProjectFor(deps, input.projectId, ctx.principal))),
    timeline: readers
      .meta({ summary: "Everything that happened to a case, across the three services, oldest first (built from their events)." })
      .input(caseInput)
      .query(async ({ ctx, input }) => {
        const entries = await deps.timeline.find({ caseId: input.caseId }).sort({ occurredAt: 1 }).limit(5000).lean();
        return entries
          .filter((e) => canActOn(ctx.principal, e.departmentCode))
          .map(({ _id, occurredAt, ...e }) => ({ eventId: _id, ...e, occurredAt: occurredAt.toISOString() }));
      }),
    decide: anct
      .meta({ summary: "Selects a project or not, with the reason (ANCT); emits ProjectSelected or ProjectNotSelected. Revisable until an accompaniment is planned.", errors: ["409 once the accompaniment has started"] })
      .input(decisionInput)
      .mutation(async ({ ctx, input }) => decide(deps, input, ctx.principal, ctx.correlationId)),
    planAccompaniment: anct
      .meta({ summary: "Plans a selected project's accompaniment (levers from the catalogue, referent, partners, milestones); emits AccompanimentPlanned.", errors: ["409 unless the project is selected and not yet accompanied", "400 naming a lever not in the catalogue"] })
      .input(planInput)
      .mutation(async ({ ctx, input }) => planAccompaniment(deps, input, ctx.principal, ctx.correlationId)),
    updateMilestone: anct
      .meta({ summary: "Marks a milestone done (with its date), cancelled, or planned again; emits MilestoneUpdated.", errors: ["404 if the milestone does not exist", "409 for a refused change (a cancelled milestone marked done, a done date in the future…)"] })
      .input(milestoneInput)
      .mutation(async ({ ctx, input }) => updateMilestone(deps, input, ctx.principal, ctx.correlationId)),
    changeStatus: anct
      .meta({ summary: "Moves an accompanied project: pause, resume, abandon (with a reason) or deliver (every milestone done or cancelled); emits ProjectStatusChanged or ProjectDelivered.", errors: ["409 for an illegal transition, a missing reason, or milestones still planned"] })
      .input(statusInput)
      .mutation(async ({ ctx, input }) => changeStatus(deps, input, ctx.principal, ctx.correlationId)),
    addJournalEntry: staffProcedure("anct", "prefecture")
      .meta({ summary: "Adds a dated line to the project's journal." })
      .input(journalInput)
      .mutation(async ({ ctx, input }) => addJournalEntry(deps, input, ctx.principal)),
  });
}
