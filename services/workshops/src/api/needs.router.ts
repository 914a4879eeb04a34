import { router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import { captureNeed, captureNeedInput, editNeed, editNeedInput } from "../application/capture-need.js";
import type { WorkshopsDeps } from "../application/deps.js";
import { loadWorkshopFor } from "../application/load-workshop.js";
import { suggestGroupings } from "../domain/grouping/suggest-groupings.js";
import { groupingSuggestionSchema } from "./views/grouping-suggestion.view.js";
import { capturedNeedViewSchema, needView, needViewSchema } from "./views/need.view.js";

const workshopInput = z.object({ workshopId: z.string().trim().min(1).max(100) });

// The errors of every procedure that reaches a workshop: another département's workshop or
// need answers as if it did not exist, so that ids cannot be probed.
const workshopNotFound = "404 if the workshop does not exist or belongs to a département that is not the caller's (the same answer)";
const completed = "409 once the workshop is completed";
const badFields = [
  "400 if `sessionId` is not a session of the workshop (path `sessionId`)",
  "400 naming each territory that is not a commune or EPCI of the département (path `territories.<index>.code`)",
  "400 naming each evidence that is not an answer of this case's questionnaire responses (path `evidence.<index>`)",
];

export function needsRouter(deps: WorkshopsDeps) {
  const staff = staffProcedure("anct", "prefecture");
  return router({
    capture: staff
      .meta({
        summary:
          "Captures a need in a session of the workshop and emits `NeedCaptured`. Territories are given by code (their names come " +
          "from the official referential); evidence by response and question id (the answer is quoted from the questionnaire). " +
          "`needId` is a UUID made by the client: sending a capture again with the same `needId` answers the stored need as it is " +
          "(`repeated: true`) and emits nothing, so a retry after a lost answer is harmless.",
        errors: [
          workshopNotFound,
          ...badFields,
          "409 once the workshop is completed (a repeated capture still answers the stored need)",
          "409 if `needId` is already used by a need of another workshop",
        ],
      })
      .input(captureNeedInput)
      .output(capturedNeedViewSchema)
      .mutation(async ({ ctx, input }) => {
        const { repeated, ...need } = await captureNeed(deps, input, ctx.principal, ctx.correlationId);
        return { ...needView(need), repeated };
      }),
    edit: staff
      .meta({
        summary:
          "Replaces a need's fields at the version the facilitator saw (an optional field left out is emptied, as at capture); " +
          "a concurrent edit is refused, never overwritten. Emits nothing. Answers the need with its new version.",
        errors: [
          "404 if the need does not exist or belongs to a département that is not the caller's (the same answer)",
          ...badFields,
          completed,
          "409 if another facilitator changed it since `expectedVersion` (reload it and try again)",
        ],
      })
      .input(editNeedInput)
      .output(needViewSchema)
      .mutation(async ({ ctx, input }) => needView(await editNeed(deps, input, ctx.principal))),
    list: staffProcedure("anct", "prefecture", "partner")
      .meta({ summary: "Every need captured in a workshop, all sessions together, oldest capture first.", errors: [workshopNotFound] })
      .input(workshopInput)
      .output(z.array(needViewSchema))
      .query(async ({ ctx, input }) => {
        await loadWorkshopFor(deps, input.workshopId, ctx.principal);
        return (await deps.needs.find({ workshopId: input.workshopId }).sort({ capturedAt: 1 }).lean()).map(needView);
      }),
    suggestGroupings: staff
      .meta({
        summary:
          "Suggests groups of similar needs (French text similarity, theme, territory) among those not yet in a candidate project, " +
          "most alike first; `[]` when none are alike enough. Facilitators decide: nothing is grouped by this call " +
          "(make a candidate with `candidates.create`).",
        errors: [workshopNotFound],
      })
      .input(workshopInput)
      .output(z.array(groupingSuggestionSchema))
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
