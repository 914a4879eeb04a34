import { outboxPlugin, type OutboxDocument } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { Response } from "../domain/response.js";

export type ResponseDocument = Response & OutboxDocument;

// Answers are validated against the template before they are written; Mixed keeps them as given.
const responseSchema = new Schema<ResponseDocument>(
  {
    _id: { type: String, required: true },
    campaignId: { type: String, required: true },
    caseId: { type: String, required: true },
    departmentCode: { type: String, required: true },
    organisation: { type: String, required: true },
    actorType: { type: String, required: true },
    territory: { type: Schema.Types.Mixed, default: null },
    templateId: { type: String, required: true },
    templateVersion: { type: Number, required: true },
    draft: { type: Schema.Types.Mixed, default: () => ({}) },
    draftSavedAt: { type: Date, default: null },
    current: { type: Schema.Types.Mixed, default: null },
  },
  { versionKey: false, timestamps: true, collection: "responses", minimize: false },
);
responseSchema.plugin(outboxPlugin);
responseSchema.index({ campaignId: 1 });

export function responseModel(connection: Connection) {
  return connection.model<ResponseDocument>("Response", responseSchema);
}
export type ResponseModel = ReturnType<typeof responseModel>;
