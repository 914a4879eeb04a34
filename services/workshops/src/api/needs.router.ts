import { router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import { captureNeed, captureNeedInput, editNeed, editNeedInput } from "../application/capture-need.js";
import type { WorkshopsDeps } from "../application/deps.js";
import { loadWorkshopFor } from "../application/load-workshop.js";
import { suggestGroupings } from "../domain/grouping/suggest-groupings.js";
import type { NeedDocument } from "../infrastructure/need.model.js";

function needView({ _id, outbox: _o, outboxPending: _p, ...need }: NeedDocument) {
  return { needId: _id, ...need, capturedAt: need.capturedAt.toISOString() };
}

export function needsRouter(deps: WorkshopsDeps) {
  const staff = staffProcedure("anct", "prefecture");
  return router({
    capture: staff
      .meta({
        summary: "Captures a need in a session and emits NeedCaptured. `needId` is a UUID made by the client: sending the same capture again returns the stored need (`repeated: true`) and emits nothing.",
        errors: ["400 naming the session, territory or evidence at fault", "409 once the workshop is completed"],
      })
      .input(captureNeedInput)
      .mutation(async ({ ctx, input }) => {
        const { repeated, ...need } = await captureNeed(deps, input, ctx.principal, ctx.correlationId);
        return { ...needView(need as NeedDocument), repeated };
      }),
    edit: staff
      .meta({ summary: "Edits a need at the version the facilitator saw.", errors: ["409 if another facilitator changed it since `expectedVersion`: reload, never overwritten"] })
      .input(editNeedInput)
      .mutation(async ({ ctx, input }) => needView((await editNeed(deps, input, ctx.principal)) as NeedDocument)),
    list: staffProcedure("anct", "prefecture", "partner")
      .meta({ summary: "The needs captured in a workshop, oldest first." })
      .input(z.object({ workshopId: z.string().trim().min(1).max(100) }))
      .query(async ({ ctx, input }) => {
        await loadWorkshopFor(deps, input.workshopId, ctx.principal);
        return (await deps.needs.find({ workshopId: input.workshopId }).sort({ capturedAt: 1 }).lean()).map(needView);
      }),
    suggestGroupings: staff
      .meta({ summary: "Suggests groups of similar needs (French text similarity, theme, territory) not yet in a candidate project. Facilitators decide: nothing is grouped by this call." })
      .input(z.object({ workshopId: z.string().trim().min(1).max(100) }))
      .query(async ({ ctx, input }) => {
        await loadWorkshopFor(deps, input.workshopId, ctx.principal);
        const [needs, candidates] = await Promise.all([
          deps.needs.find({ workshopId: input.workshopId }, { statement: 1, themeCode: 1, territories: 1 }).lean(),
          deps.candidates.find({ workshopId: input.workshopId }, { needIds: 1 }).lean(),
        ]);
        return suggestGroupings(
          needs.map((n) => ({ needId: n._id, statement: n.statement, themeCode: n.themeCode, territoryCodes: n.territories.map((t) => t.code) })),
          { excludeNeedIds: new Set(candidates.flatMap((c) => c.needIds)) },
        );
      }),
  });
}
