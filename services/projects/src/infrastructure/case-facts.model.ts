import { serialisedWritesPlugin } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";

/**
 * What this service learns of each case from the other services' events, for the national
 * view and the list of cases: who was invited and answered, the campaign and the workshop day,
 * the last event. Each write is idempotent ($set of what an event says, $max, $addToSet of ids
 * from the events), so a redelivered or late event changes nothing it should not. Fields an
 * event has not told yet are absent.
 */
export interface CaseFacts {
  _id: string;
  departmentCode: string;
  edition?: number | null;
  invited: number;
  /** Absent until the first answer: FerretDB v1 leaves out an empty array given as an upsert's default. */
  respondentIds?: string[];
  campaignId?: string;
  title?: string;
  campaignOpenedAt?: Date;
  campaignClosedAt?: Date;
  workshopId?: string;
  workshopCompletedAt?: Date;
  lastEventAt?: Date;
}
export interface NeedFact {
  _id: string;
  caseId: string;
  departmentCode: string;
  themeCode: string;
}

const caseFactsSchema = new Schema<CaseFacts>(
  {
    _id: String,
    departmentCode: String,
    edition: Number,
    invited: { type: Number, default: 0 },
    respondentIds: { type: [String], default: [] },
    campaignId: String,
    title: String,
    campaignOpenedAt: Date,
    campaignClosedAt: Date,
    workshopId: String,
    workshopCompletedAt: Date,
    lastEventAt: Date,
  },
  { versionKey: false, collection: "case_facts" },
);
caseFactsSchema.index({ departmentCode: 1 });
// The three services' topics are consumed side by side: events of one case may update its facts at once.
caseFactsSchema.plugin(serialisedWritesPlugin);
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
