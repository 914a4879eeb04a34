import { assertDepartment, notFound, router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import { completeWorkshop } from "../application/complete-workshop.js";
import type { WorkshopsDeps } from "../application/deps.js";
import { proposeCandidate, proposeCandidateInput } from "../application/propose-candidate.js";
import type { Workshop } from "../domain/workshop.js";

const idSchema = z.string().trim().min(1).max(100);

function workshopView(w: Workshop & { version: number }) {
  return {
    workshopId: w._id,
    caseId: w.caseId,
    departmentCode: w.departmentCode,
    campaignId: w.campaignId,
    status: w.status,
    version: w.version,
    sessions: w.sessions,
    candidates: w.candidates,
    completedAt: w.completedAt ? w.completedAt.toISOString() : null,
  };
}

export function workshopsRouter(deps: WorkshopsDeps) {
  return router({
    /** The workshop day of a case (prepared when its campaign closed). */
    byCase: staffProcedure("anct", "prefecture", "partner")
      .input(z.object({ caseId: idSchema }))
      .query(async ({ ctx, input }) => {
        const workshop = await deps.workshops.findOne({ caseId: input.caseId }).lean();
        if (!workshop) notFound("Atelier");
        assertDepartment(ctx.principal, workshop.departmentCode);
        return workshopView(workshop);
      }),

    /** Adds a candidate project (fiche projet) with the needs it answers. */
    proposeCandidate: staffProcedure("anct", "prefecture")
      .input(proposeCandidateInput)
      .mutation(async ({ ctx, input }) => proposeCandidate(deps, input, ctx.principal)),

    /** Freezes the workshop and emits CandidateProjectProposed for each candidate, then WorkshopCompleted. */
    complete: staffProcedure("anct", "prefecture")
      .input(z.object({ workshopId: idSchema }))
      .mutation(async ({ ctx, input }) =>
        workshopView(await completeWorkshop(deps, input.workshopId, ctx.principal, ctx.correlationId)),
      ),
  });
}
