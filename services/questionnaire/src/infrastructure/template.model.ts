import { Schema, type Connection } from "mongoose";
import type { QuestionnaireTemplate } from "../domain/template/template.js";

/** One version of a template; a published one is never written again. */
export interface TemplateVersionDocument extends QuestionnaireTemplate {
  _id: string;
  status: "draft" | "published";
  publishedAt: Date | null;
  editedBy: string;
}

export const templateVersionId = (templateId: string, version: number) => `${templateId}@${version}`;

const templateSchema = new Schema<TemplateVersionDocument>(
  {
    _id: { type: String, required: true },
    templateId: { type: String, required: true },
    version: { type: Number, required: true },
    status: { type: String, required: true, enum: ["draft", "published"] },
    title: { type: String, required: true },
    description: { type: String, default: "" },
    themes: { type: Schema.Types.Mixed, required: true },
    sections: { type: Schema.Types.Mixed, required: true },
    publishedAt: { type: Date, default: null },
    editedBy: { type: String, required: true },
  },
  { versionKey: false, timestamps: true, collection: "templates", minimize: false },
);
templateSchema.index({ templateId: 1, version: 1 }, { unique: true });

export function templateModel(connection: Connection) {
  return connection.model<TemplateVersionDocument>("TemplateVersion", templateSchema);
}
export type TemplateModel = ReturnType<typeof templateModel>;
