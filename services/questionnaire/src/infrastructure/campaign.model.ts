import { outboxPlugin, type OutboxDocument } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { Campaign } from "../domain/campaign.js";

export type CampaignDocument = Campaign & OutboxDocument;

const invitationBatchSchema = new Schema({ batchId: { type: String, required: true }, count: { type: Number, required: true } }, { _id: false });
const revocationSchema = new Schema({ invitationId: { type: String, required: true }, revokedAt: { type: Date, required: true } }, { _id: false });

const campaignSchema = new Schema<CampaignDocument>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    departmentCode: { type: String, required: true },
    title: { type: String, required: true },
    contact: { type: Schema.Types.Mixed, default: null },
    templateId: { type: String, required: true },
    templateVersion: { type: Number, required: true },
    opensAt: { type: Date, required: true },
    closesAt: { type: Date, required: true },
    status: { type: String, required: true, enum: ["open", "closed"] },
    invitationBatches: { type: [invitationBatchSchema], default: [] },
    revocations: { type: [revocationSchema], default: [] },
    closedAt: { type: Date, default: null },
    ranking: { type: Schema.Types.Mixed, default: null },
  },
  { versionKey: false, timestamps: true, collection: "campaigns" },
);
campaignSchema.plugin(outboxPlugin);
// One campaign per case: the index refuses a second one even when two requests race.
campaignSchema.index({ caseId: 1 }, { unique: true });
campaignSchema.index({ departmentCode: 1 });

export function campaignModel(connection: Connection) {
  return connection.model<CampaignDocument>("Campaign", campaignSchema);
}
export type CampaignModel = ReturnType<typeof campaignModel>;
