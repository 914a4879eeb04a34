import { outboxPlugin, type OutboxDocument } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { Campaign } from "../domain/campaign.js";

export type CampaignDocument = Campaign & OutboxDocument;

const territorySchema = new Schema({ kind: String, code: String, name: String }, { _id: false });

const invitationSchema = new Schema(
  {
    invitationId: { type: String, required: true },
    organisation: { type: String, required: true },
    actorType: { type: String, required: true },
    territory: { type: territorySchema, default: null },
    contactName: { type: String, default: null },
    contactEmail: { type: String, default: null },
    linkNonce: { type: String, required: true },
    revokedAt: { type: Date, default: null },
  },
  { _id: false },
);

const campaignSchema = new Schema<CampaignDocument>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    departmentCode: { type: String, required: true },
    title: { type: String, required: true },
    templateId: { type: String, required: true },
    templateVersion: { type: Number, required: true },
    opensAt: { type: Date, required: true },
    closesAt: { type: Date, required: true },
    status: { type: String, required: true, enum: ["open", "closed"] },
    invitations: { type: [invitationSchema], default: [] },
    closedAt: { type: Date, default: null },
    ranking: { type: Schema.Types.Mixed, default: null },
  },
  { versionKey: false, timestamps: true, collection: "campaigns" },
);
campaignSchema.plugin(outboxPlugin);
// One campaign per case: the index refuses a second one even when two requests race.
campaignSchema.index({ caseId: 1 }, { unique: true });
campaignSchema.index({ departmentCode: 1 });
campaignSchema.index({ "invitations.invitationId": 1 });

export function campaignModel(connection: Connection) {
  return connection.model<CampaignDocument>("Campaign", campaignSchema);
}
export type CampaignModel = ReturnType<typeof campaignModel>;
