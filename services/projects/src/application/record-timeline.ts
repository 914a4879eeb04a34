import { insertOnce, type DomainEvent } from "@tetris/shared";
import { describeEvent } from "../domain/timeline.js";
import type { ProjectsDeps } from "./deps.js";

/** Every event of every service becomes a line of its case's timeline, once. */
export async function recordTimeline(deps: ProjectsDeps, event: DomainEvent) {
  await insertOnce(deps.timeline, {
    _id: event.id,
    caseId: event.caseId,
    departmentCode: event.departmentCode,
    type: event.type,
    producer: event.producer,
    occurredAt: new Date(event.occurredAt),
    summary: describeEvent(event),
    correlationId: event.correlationId,
  });
}
