import { outboxPlugin, type OutboxDocument } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { Workshop } from "../domain/workshop.js";

export type WorkshopDocument = Workshop & OutboxDocument;

// Sessions and participants are validated by the API (zod) before they are written.
const workshopSchema = new Schema<WorkshopDocument>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    departmentCode: { type: String, required: true },
    campaignId: { type: String, required: true },
    status: { type: String, required: true, enum: ["draft", "scheduled", "completed"] },
    date: { type: String, default: null },
    venue: { type: String, default: null },
    sessions: { type: Schema.Types.Mixed, default: () => [] },
    participants: { type: Schema.Types.Mixed, default: () => [] },
    votesPerParticipant: { type: Number, required: true },
    completedAt: { type: Date, default: null },
  },
  { versionKey: false, timestamps: true, collection: "workshops", minimize: false },
);
workshopSchema.plugin(outboxPlugin);
workshopSchema.index({ caseId: 1 });
workshopSchema.index({ departmentCode: 1 });

export function workshopModel(connection: Connection) {
  return connection.model<WorkshopDocument>("Workshop", workshopSchema);
}
export type WorkshopModel = ReturnType<typeof workshopModel>;
