import { Schema, type Connection } from "mongoose";

export interface TimelineEntry {
  /** The event id: a redelivered event meets its own entry. */
  _id: string;
  caseId: string;
  departmentCode: string;
  type: string;
  producer: string;
  occurredAt: Date;
  summary: string;
  correlationId: string;
}

const timelineEntrySchema = new Schema<TimelineEntry>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    departmentCode: { type: String, required: true },
    type: { type: String, required: true },
    producer: { type: String, required: true },
    occurredAt: { type: Date, required: true },
    summary: { type: String, required: true },
    correlationId: { type: String, required: true },
  },
  { versionKey: false, collection: "timeline_entries" },
);
timelineEntrySchema.index({ caseId: 1, occurredAt: 1 });

export function timelineEntryModel(connection: Connection) {
  return connection.model<TimelineEntry>("TimelineEntry", timelineEntrySchema);
}
export type TimelineEntryModel = ReturnType<typeof timelineEntryModel>;
