import { Schema, type Connection } from "mongoose";

/**
 * What the national view counts, learnt from the other services' events: per case, the actors
 * invited and those who answered; per need, its theme. Each write is idempotent ($addToSet,
 * ids from the events).
 */
export interface CaseFacts {
  _id: string;
  departmentCode: string;
  invited: number;
  respondentIds: string[];
}
export interface NeedFact {
  _id: string;
  caseId: string;
  departmentCode: string;
  themeCode: string;
}

const caseFactsSchema = new Schema<CaseFacts>(
  { _id: String, departmentCode: String, invited: { type: Number, default: 0 }, respondentIds: { type: [String], default: [] } },
  { versionKey: false, collection: "case_facts" },
);
const needFactSchema = new Schema<NeedFact>(
  { _id: String, caseId: String, departmentCode: String, themeCode: String },
  { versionKey: false, collection: "need_facts" },
);
needFactSchema.index({ departmentCode: 1 });

export function caseFactsModel(connection: Connection) {
  return connection.model<CaseFacts>("CaseFacts", caseFactsSchema);
}
export function needFactModel(connection: Connection) {
  return connection.model<NeedFact>("NeedFact", needFactSchema);
}
export type CaseFactsModel = ReturnType<typeof caseFactsModel>;
export type NeedFactModel = ReturnType<typeof needFactModel>;
