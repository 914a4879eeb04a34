import { assertDepartment, conflict, createEvent, notFound, withEvents, type Principal } from "@tetris/shared";
import { assertDraft } from "../domain/workshop.js";
import type { WorkshopsDeps } from "./deps.js";

/**
 * Freezes the workshop and hands its candidate projects over: one CandidateProjectProposed
 * each (with their needs and evidence, so the projects service never calls back), then
 * WorkshopCompleted, all in the same document write as the freeze.
 */
export async function completeWorkshop(deps: WorkshopsDeps, workshopId: string, principal: Principal, correlationId: string) {
  const workshop = await deps.workshops.findById(workshopId).lean();
  if (!workshop) notFound("Atelier");
  assertDepartment(principal, workshop.departmentCode);
  assertDraft(workshop);
  const now = deps.now();
  const context = { caseId: workshop.caseId, departmentCode: workshop.departmentCode, correlationId, causationId: null };
  const events = [
    ...workshop.candidates.map((c) => createEvent("CandidateProjectProposed", context, { workshopId, ...c }, now)),
    createEvent(
      "WorkshopCompleted",
      context,
      {
        workshopId,
        completedAt: now.toISOString(),
        attendance: { registered: 0, present: 0 },
        needCount: new Set(workshop.candidates.flatMap((c) => c.needs.map((n) => n.needId))).size,
        candidateIds: workshop.candidates.map((c) => c.candidateId),
      },
      now,
    ),
  ];
  const result = await deps.workshops.updateOne(
    { _id: workshop._id, version: workshop.version },
    withEvents({ $set: { status: "completed", completedAt: now } }, events),
  );
  if (result.matchedCount === 0) conflict("L'atelier a été modifié entre-temps : rechargez-le et réessayez");
  deps.eventsQueued();
  return { ...workshop, status: "completed" as const, completedAt: now };
}
