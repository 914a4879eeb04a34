import { assertDepartment, conflict, notFound, withEvents, type DomainEvent, type Principal } from "@tetris/shared";
import type { UpdateQuery } from "mongoose";
import type { WorkshopDocument } from "../infrastructure/workshop.model.js";
import type { WorkshopsDeps } from "./deps.js";

/** A workshop the caller may act on: 404 when it does not exist, 403 when it is another département's. */
export async function loadWorkshopFor(deps: Pick<WorkshopsDeps, "workshops">, workshopId: string, principal: Principal) {
  const workshop = await deps.workshops.findById(workshopId).lean();
  if (!workshop) notFound("Atelier");
  assertDepartment(principal, workshop.departmentCode);
  return workshop;
}

/**
 * Writes a planning change at the version the editor saw: two people editing the day at
 * once never overwrite each other silently; the second is told to reload.
 */
export async function saveWorkshop(
  deps: Pick<WorkshopsDeps, "workshops" | "eventsQueued">,
  workshop: Pick<WorkshopDocument, "_id">,
  expectedVersion: number,
  update: UpdateQuery<WorkshopDocument>,
  events: DomainEvent[] = [],
) {
  const result = await deps.workshops.updateOne({ _id: workshop._id, version: expectedVersion }, withEvents(update, events));
  if (result.matchedCount === 0) {
    conflict(`L'atelier a été modifié par quelqu'un d'autre depuis la version ${expectedVersion} : rechargez-le et réessayez`);
  }
  if (events.length > 0) deps.eventsQueued();
  return expectedVersion + 1;
}
