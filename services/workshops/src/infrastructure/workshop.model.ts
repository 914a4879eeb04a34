import { outboxPlugin, type OutboxDocument } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { Workshop } from "../domain/workshop.js";

export type WorkshopDocument = Workshop & OutboxDocument;

const sessionSchema = new Schema(
  { sessionId: String, themeCode: String, title: String, themeRank: Number, themeScore: Number, evidence: String },
  { _id: false },
);

// Candidates are stored as validated by the API (zod); Mixed keeps their nested needs as given.
const workshopSchema = new Schema<WorkshopDocument>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    departmentCode: { type: String, required: true },
    campaignId: { type: String, required: true },
    status: { type: String, required: true, enum: ["draft", "completed"] },
    sessions: { type: [sessionSchema], default: [] },
    candidates: { type: Schema.Types.Mixed, default: () => [] },
    completedAt: { type: Date, default: null },
  },
  { versionKey: false, timestamps: true, collection: "workshops" },
);
workshopSchema.plugin(outboxPlugin);
workshopSchema.index({ caseId: 1 });
workshopSchema.index({ departmentCode: 1 });

export function workshopModel(connection: Connection) {
  return connection.model<WorkshopDocument>("Workshop", workshopSchema);
}
export type WorkshopModel = ReturnType<typeof workshopModel>;
