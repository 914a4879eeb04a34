import { outboxPlugin, type OutboxDocument } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { Ballot, Candidate } from "../domain/candidate.js";

export type CandidateDocument = Candidate & OutboxDocument;

const candidateSchema = new Schema<CandidateDocument>(
  {
    _id: { type: String, required: true },
    workshopId: { type: String, required: true },
    caseId: { type: String, required: true },
    departmentCode: { type: String, required: true },
    title: { type: String, required: true },
    description: { type: String, default: "" },
    kind: { type: String, required: true },
    leadOrganisation: { type: String, required: true },
    territories: { type: Schema.Types.Mixed, default: () => [] },
    budgetRange: { type: Schema.Types.Mixed, default: null },
    maturity: { type: String, required: true },
    needIds: { type: [String], default: [] },
  },
  { versionKey: false, timestamps: true, collection: "candidates", minimize: false },
);
// Candidates emit nothing themselves (completion does), but they carry a version for concurrent edits.
candidateSchema.plugin(outboxPlugin);
candidateSchema.index({ workshopId: 1 });

const ballotSchema = new Schema<Ballot & { version: number }>(
  {
    _id: { type: String, required: true },
    workshopId: { type: String, required: true },
    participantId: { type: String, required: true },
    allocations: { type: Schema.Types.Mixed, default: () => ({}) },
    version: { type: Number, required: true, default: 1 },
  },
  { versionKey: false, timestamps: true, collection: "ballots", minimize: false },
);
ballotSchema.index({ workshopId: 1 });

export function candidateModel(connection: Connection) {
  return connection.model<CandidateDocument>("Candidate", candidateSchema);
}
export type CandidateModel = ReturnType<typeof candidateModel>;

export function ballotModel(connection: Connection) {
  return connection.model<Ballot & { version: number }>("Ballot", ballotSchema);
}
export type BallotModel = ReturnType<typeof ballotModel>;
