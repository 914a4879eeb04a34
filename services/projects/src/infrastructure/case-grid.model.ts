import { outboxPlugin, type OutboxDocument } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { CaseGrid } from "../domain/case-grid.js";

export type CaseGridDocument = CaseGrid & OutboxDocument;

// Publishing the ranking emits one ProjectPrioritised per project, all in this one document write.
const caseGridSchema = new Schema<CaseGridDocument>(
  {
    _id: { type: String, required: true },
    departmentCode: { type: String, required: true },
    criteria: { type: Schema.Types.Mixed, required: true },
    publishedRanking: { type: Schema.Types.Mixed, default: null },
    publishedAt: { type: Date, default: null },
  },
  { versionKey: false, timestamps: true, collection: "case_grids", minimize: false },
);
caseGridSchema.plugin(outboxPlugin);

export function caseGridModel(connection: Connection) {
  return connection.model<CaseGridDocument>("CaseGrid", caseGridSchema);
}
export type CaseGridModel = ReturnType<typeof caseGridModel>;
