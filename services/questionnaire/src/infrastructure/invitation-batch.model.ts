import { serialisedWritesPlugin } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";

/** The ids of one batch of invitations (see InvitationBatch), read when staff list a campaign's invitations. */
export interface InvitationBatchRecord {
  _id: string;
  campaignId: string;
  invitationIds: string[];
}

const invitationBatchSchema = new Schema<InvitationBatchRecord>(
  {
    _id: { type: String, required: true },
    campaignId: { type: String, required: true },
    invitationIds: { type: [String], required: true },
  },
  { versionKey: false, timestamps: true, collection: "invitation_batches" },
);
invitationBatchSchema.plugin(serialisedWritesPlugin);

export function invitationBatchModel(connection: Connection) {
  return connection.model<InvitationBatchRecord>("InvitationBatch", invitationBatchSchema);
}
export type InvitationBatchModel = ReturnType<typeof invitationBatchModel>;
