import { canActOn, router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import { addJournalEntry, changeStatus, journalInput, milestoneInput, planAccompaniment, planInput, statusInput, updateMilestone } from "../application/accompany.js";
import { decide, decisionInput } from "../application/decide.js";
import type { ProjectsDeps } from "../application/deps.js";
import { loadProjectFor } from "../application/load-project.js";
import { journalEntryViewSchema, milestoneView, milestoneViewSchema, planView, planViewSchema, statusChangedSchema } from "./views/accompaniment.view.js";
import { decisionTakenSchema } from "./views/decision.view.js";
import { projectView, projectViewSchema } from "./views/project.view.js";
import { timelineEntryView, timelineEntryViewSchema } from "./views/timeline.view.js";
import { traceabilityView, traceabilityViewSchema } from "./views/traceability.view.js";

const caseInput = z.object({ caseId: z.string().trim().min(1).max(100) });
const projectInput = z.object({ projectId: z.string().trim().min(1).max(100) });

// The errors of every procedure that loads a project by its id: another département's project
// answers as if it did not exist, so that ids cannot be probed.
const projectNotFound = "404 if the project does not exist or belongs to a département that is not the caller's (the same answer)";
const changedMeanwhile = "409 if the project changed meanwhile (reload it and try again)";

export function projectsRouter(deps: ProjectsDeps) {
  const readers = staffProcedure("anct", "prefecture", "partner");
  const anct = staffProcedure("anct");
  return router({
    byCase: readers
      .meta({
        summary:
          "The projects of a case, in the order the workshop proposed them, each whole as `projects.get` answers it (status, " +
          "progress from the milestones, overdue milestones, scores, decision, plan, journal). A case of another département, " +
          "or one without projects, answers an empty list.",
      })
      .input(caseInput)
      .output(z.array(projectViewSchema))
      .query(async ({ ctx, input }) => {
        const projects = await deps.projects.find({ caseId: input.caseId }, { outbox: 0 }).sort({ proposedAt: 1 }).lean();
        const now = deps.now();
        // A case belongs to one département: what the caller may not see is simply not there.
        return projects.filter((p) => canActOn(ctx.principal, p.departmentCode)).map((p) => projectView(p, now));
      }),
    get: readers
      .meta({
        summary:
          "One project, whole: where it comes from, its status, every score given, the decision, the accompaniment plan with " +
          "progress and overdue milestones (as of today, UTC), and the journal.",
        errors: [projectNotFound],
      })
      .input(projectInput)
      .output(projectViewSchema)
      .query(async ({ ctx, input }) => projectView(await loadProjectFor(deps, input.projectId, ctx.principal), deps.now())),
    traceability: readers
      .meta({
        summary:
          "From a project back to the needs it answers, their themes and territories, and the questionnaire answers quoted as " +
          "evidence of each (organisation, question, value).",
        errors: [projectNotFound],
      })
      .input(projectInput)
      .output(traceabilityViewSchema)
      .query(async ({ ctx, input }) => traceabilityView(await loadProjectFor(deps, input.projectId, ctx.principal))),
    timeline: readers
      .meta({
        summary:
          "Everything that happened to a case, across the three services, oldest first (one line per event, 5000 at most), each " +
          "with a French summary. A case of another département, or an unknown one, answers an empty list.",
      })
      .input(caseInput)
      .output(z.array(timelineEntryViewSchema))
      .query(async ({ ctx, input }) => {
        const entries = await deps.timeline.find({ caseId: input.caseId }).sort({ occurredAt: 1 }).limit(5000).lean();
        return entries.filter((e) => canActOn(ctx.principal, e.departmentCode)).map(timelineEntryView);
      }),
    decide: anct
      .meta({
        summary:
          "Selects a project or not, with the reason (ANCT), and emits `ProjectSelected` or `ProjectNotSelected`. The decision may " +
          "be taken again, either way, until an accompaniment is planned; the last one counts.",
        errors: [projectNotFound, "409 once the project's accompaniment is planned, or the project abandoned", changedMeanwhile],
      })
      .input(decisionInput)
      .output(decisionTakenSchema)
      .mutation(async ({ ctx, input }) => decide(deps, input, ctx.principal, ctx.correlationId)),
    planAccompaniment: anct
      .meta({
        summary:
          "Plans a selected project's accompaniment (ANCT): levers from the catalogue (`levers.list`), referent, partners and " +
          "milestones. The project moves to `in-accompaniment`, its journal notes it and `AccompanimentPlanned` is emitted. " +
          "Answers the plan, with the id given to each milestone (`projects.updateMilestone` takes it). A plan is made once.",
        errors: [
          projectNotFound,
          "409 unless the project is selected and not yet accompanied",
          "400 naming each lever not in the catalogue (path `levers.<index>`)",
          changedMeanwhile,
        ],
      })
      .input(planInput)
      .output(planViewSchema)
      .mutation(async ({ ctx, input }) => planView(await planAccompaniment(deps, input, ctx.principal, ctx.correlationId))),
    updateMilestone: anct
      .meta({
        summary:
          "Marks a milestone done (with the day, `doneOn`), cancelled, or planned again, possibly with a new `dueDate` (ANCT); " +
          "emits `MilestoneUpdated` and answers the milestone as updated. `doneOn` is ignored unless the status is `done`.",
        errors: [
          projectNotFound,
          "404 if the project has no plan or the plan no such milestone",
          "409 for a refused change: done without `doneOn`, `doneOn` after today, a cancelled milestone marked done (plan it again first)",
          changedMeanwhile,
        ],
      })
      .input(milestoneInput)
      .output(milestoneViewSchema)
      .mutation(async ({ ctx, input }) => milestoneView(await updateMilestone(deps, input, ctx.principal, ctx.correlationId))),
    changeStatus: anct
      .meta({
        summary:
          "Moves a selected project along (ANCT): `in-accompaniment` → `paused` (with a reason) → `in-accompaniment` again, " +
          "`abandoned` (with a reason) from selected, in accompaniment or paused, `delivered` from in accompaniment once every " +
          "milestone is done or cancelled. Emits `ProjectDelivered` or `ProjectStatusChanged`; delivered and abandoned are final. " +
          "The accompaniment starts with `projects.planAccompaniment`, never here.",
        errors: [
          projectNotFound,
          "409 if the project is not selected, the move is not allowed from its status (the message names both), a reason is " +
            "missing to pause or abandon, or milestones are still planned for a delivery",
          changedMeanwhile,
        ],
      })
      .input(statusInput)
      .output(statusChangedSchema)
      .mutation(async ({ ctx, input }) => changeStatus(deps, input, ctx.principal, ctx.correlationId)),
    addJournalEntry: staffProcedure("anct", "prefecture")
      .meta({
        summary: "Adds a line to the project's journal, dated now and signed by the caller, and answers it. Lines are never edited or removed.",
        errors: [projectNotFound, changedMeanwhile],
      })
      .input(journalInput)
      .output(journalEntryViewSchema)
      .mutation(async ({ ctx, input }) => addJournalEntry(deps, input, ctx.principal)),
  });
}
