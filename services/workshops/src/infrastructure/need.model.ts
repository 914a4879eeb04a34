import { outboxPlugin, type OutboxDocument } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { CapturedNeed } from "../domain/need.js";

export type NeedDocument = CapturedNeed & OutboxDocument;

const needSchema = new Schema<NeedDocument>(
  {
    _id: { type: String, required: true },
    workshopId: { type: String, required: true },
    caseId: { type: String, required: true },
    departmentCode: { type: String, required: true },
    sessionId: { type: String, required: true },
    statement: { type: String, required: true },
    themeCode: { type: String, required: true },
    territories: { type: Schema.Types.Mixed, default: () => [] },
    actorsConcerned: { type: [String], default: [] },
    existing: { type: String, default: "" },
    blockers: { type: String, default: "" },
    urgency: { type: Number, required: true },
    impact: { type: Number, required: true },
    evidence: { type: Schema.Types.Mixed, default: () => [] },
    capturedBy: { type: String, required: true },
    capturedAt: { type: Date, required: true },
  },
  { versionKey: false, timestamps: true, collection: "needs", minimize: false },
);
needSchema.plugin(outboxPlugin);
needSchema.index({ workshopId: 1 });

export function needModel(connection: Connection) {
  return connection.model<NeedDocument>("Need", needSchema);
}
export type NeedModel = ReturnType<typeof needModel>;
