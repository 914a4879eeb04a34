import { loadFor, saveAtVersion, type DomainEvent, type Principal } from "@tetris/shared";
import type { UpdateQuery } from "mongoose";
import type { WorkshopDocument } from "../infrastructure/workshop.model.js";
import type { WorkshopsDeps } from "./deps.js";

/** A workshop the caller may act on; another département's answers like an unknown one (404). */
export function loadWorkshopFor(deps: Pick<WorkshopsDeps, "workshops">, where: string | { caseId: string }, principal: Principal) {
  return loadFor(deps.workshops, where, principal, "Atelier");
}

/**
 * Writes a planning change at the version the editor saw: two people editing the day at
 * once never overwrite each other silently; the second is told to reload.
 */
export function saveWorkshop(
  deps: Pick<WorkshopsDeps, "workshops" | "eventsQueued">,
  workshop: Pick<WorkshopDocument, "_id">,
  expectedVersion: number,
  update: UpdateQuery<WorkshopDocument>,
  events: DomainEvent[] = [],
) {
  return saveAtVersion(deps.workshops, { _id: workshop._id, version: expectedVersion }, update, {
    events,
    eventsQueued: deps.eventsQueued,
    changedMeanwhile: `L'atelier a été modifié par quelqu'un d'autre depuis la version ${expectedVersion} : rechargez-le et réessayez`,
  });
}
