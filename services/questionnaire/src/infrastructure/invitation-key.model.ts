import { serialisedWritesPlugin } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";

/**
 * Which campaign an invitation belongs to, keyed by the invitation id a respondent's link
 * carries: their every call finds the campaign by `_id` instead of searching inside every
 * campaign's invitations (a whole-collection read on FerretDB v1, paid on every answer).
 * The campaign stays the truth: a key whose campaign does not hold the invitation is ignored.
 */
export interface InvitationKey {
  _id: string;
  campaignId: string;
}

const invitationKeySchema = new Schema<InvitationKey>(
  { _id: { type: String, required: true }, campaignId: { type: String, required: true } },
  { versionKey: false, collection: "invitation_keys" },
);
invitationKeySchema.plugin(serialisedWritesPlugin);

export function invitationKeyModel(connection: Connection) {
  return connection.model<InvitationKey>("InvitationKey", invitationKeySchema);
}
export type InvitationKeyModel = ReturnType<typeof invitationKeyModel>;
