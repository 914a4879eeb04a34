import { serialisedWritesPlugin } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { Invitation } from "../domain/campaign.js";

/**
 * An invitation as stored, keyed by the invitation id a respondent's link carries, so that
 * every respondent's call finds it by `_id` (the one lookup FerretDB v1 answers through an
 * index). Never updated.
 */
export type InvitationRecord = Omit<Invitation, "invitationId" | "revokedAt"> & { _id: string; campaignId: string; batchId: string };

const territorySchema = new Schema({ kind: String, code: String, name: String }, { _id: false });

const invitationSchema = new Schema<InvitationRecord>(
  {
    _id: { type: String, required: true },
    campaignId: { type: String, required: true },
    batchId: { type: String, required: true },
    organisation: { type: String, required: true },
    actorType: { type: String, required: true },
    territory: { type: territorySchema, default: null },
    contactName: { type: String, default: null },
    contactEmail: { type: String, default: null },
    linkNonce: { type: String, required: true },
  },
  { versionKey: false, timestamps: true, collection: "invitations" },
);
invitationSchema.plugin(serialisedWritesPlugin);

export function invitationModel(connection: Connection) {
  return connection.model<InvitationRecord>("Invitation", invitationSchema);
}
export type InvitationModel = ReturnType<typeof invitationModel>;
