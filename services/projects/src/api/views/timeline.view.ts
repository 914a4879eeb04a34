import { departmentCodeSchema, eventDefinitions, eventProducerSchema, isoDateTimeSchema } from "@tetris/shared";
import { z } from "zod";
import type { TimelineEntry } from "../../infrastructure/timeline-entry.model.js";

const eventTypes = [...new Set(eventDefinitions.map((d) => d.type))];

/** One line of a case's history: one event of any of the three services. */
export const timelineEntryViewSchema = z.object({
  eventId: z.string().describe("The id of the event this line was made from."),
  caseId: z.string(),
  departmentCode: departmentCodeSchema,
  type: z.enum(eventTypes),
  producer: eventProducerSchema.describe("The service that emitted the event."),
  occurredAt: isoDateTimeSchema,
  summary: z.string().describe("What happened, in French, for display."),
  correlationId: z.string().describe("Shared by the events that followed from one user's action."),
});
export type TimelineEntryView = z.infer<typeof timelineEntryViewSchema>;

export function timelineEntryView(e: TimelineEntry): TimelineEntryView {
  return {
    eventId: e._id,
    caseId: e.caseId,
    departmentCode: e.departmentCode,
    // Written from parsed events only (recordTimeline); the output schema checks both at run time.
    type: e.type as TimelineEntryView["type"],
    producer: e.producer as TimelineEntryView["producer"],
    occurredAt: new Date(e.occurredAt).toISOString(),
    summary: e.summary,
    correlationId: e.correlationId,
  };
}
