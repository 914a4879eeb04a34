import { outboxPlugin, type OutboxDocument } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { Project } from "../domain/project.js";

export type ProjectDocument = Project & OutboxDocument;

// Fields come from a validated CandidateProjectProposed; nested parts are kept as given.
const projectSchema = new Schema<ProjectDocument>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    departmentCode: { type: String, required: true },
    workshopId: { type: String, required: true },
    candidateId: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, default: "" },
    kind: { type: String, required: true },
    leadOrganisation: { type: String, required: true },
    territories: { type: Schema.Types.Mixed, default: () => [] },
    budgetRange: { type: Schema.Types.Mixed, default: null },
    maturity: { type: String, required: true },
    workshopVotes: { type: Number, required: true },
    needs: { type: Schema.Types.Mixed, default: () => [] },
    status: { type: String, required: true },
    statusReason: { type: String, default: null },
    proposedAt: { type: Date, required: true },
    scores: { type: Schema.Types.Mixed, default: () => [] },
    decision: { type: Schema.Types.Mixed, default: null },
    plan: { type: Schema.Types.Mixed, default: null },
    journal: { type: Schema.Types.Mixed, default: () => [] },
  },
  { versionKey: false, timestamps: true, collection: "projects", minimize: false },
);
projectSchema.plugin(outboxPlugin);
projectSchema.index({ caseId: 1 });
projectSchema.index({ departmentCode: 1 });

export function projectModel(connection: Connection) {
  return connection.model<ProjectDocument>("Project", projectSchema);
}
export type ProjectModel = ReturnType<typeof projectModel>;
