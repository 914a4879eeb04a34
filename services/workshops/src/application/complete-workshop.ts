import { createEvent, type Principal } from "@tetris/shared";
import { voteTotals } from "../domain/candidate.js";
import { assertNotCompleted } from "../domain/workshop.js";
import { needPayload } from "./capture-need.js";
import type { WorkshopsDeps } from "./deps.js";
import { loadWorkshopFor, saveWorkshop } from "./load-workshop.js";

/**
 * Freezes the workshop and hands its candidate projects over: one CandidateProjectProposed
 * each, carrying its needs and their evidence and its votes (so the projects service never
 * calls back), then WorkshopCompleted, all in the same document write as the freeze.
 */
export async function completeWorkshop(deps: WorkshopsDeps, workshopId: string, expectedVersion: number, principal: Principal, correlationId: string) {
  const workshop = await loadWorkshopFor(deps, workshopId, principal);
  assertNotCompleted(workshop);
  const [needs, candidates, ballots] = await Promise.all([
    deps.needs.find({ workshopId }, { outbox: 0 }).lean(),
    deps.candidates.find({ workshopId }, { outbox: 0 }).sort({ createdAt: 1 }).lean(),
    deps.ballots.find({ workshopId }).lean(),
  ]);
  const needsById = new Map(needs.map((n) => [n._id, n]));
  const totals = voteTotals(ballots);
  const now = deps.now();
  const context = { caseId: workshop.caseId, departmentCode: workshop.departmentCode, correlationId, causationId: null };
  const events = [
    ...candidates.map((c) =>
      createEvent(
        "CandidateProjectProposed",
        context,
        {
          workshopId,
          candidateId: c._id,
          title: c.title,
          description: c.description,
          kind: c.kind,
          leadOrganisation: c.leadOrganisation,
          territories: c.territories,
          budgetRange: c.budgetRange,
          maturity: c.maturity,
          votes: totals.get(c._id) ?? 0,
          needs: c.needIds.flatMap((id) => (needsById.has(id) ? [needPayload(needsById.get(id)!)] : [])),
        },
        now,
      ),
    ),
    createEvent(
      "WorkshopCompleted",
      context,
      {
        workshopId,
        completedAt: now.toISOString(),
        attendance: {
          registered: workshop.participants.filter((p) => p.sessionIds.length > 0).length,
          present: workshop.participants.filter((p) => p.present).length,
        },
        needCount: needs.length,
        candidateIds: candidates.map((c) => c._id),
      },
      now,
    ),
  ];
  await saveWorkshop(deps, workshop, expectedVersion, { $set: { status: "completed", completedAt: now } }, events);
  return { workshopId, status: "completed" as const, completedAt: now.toISOString(), candidates: candidates.length, needs: needs.length };
}
