import type { ActorType, Territory } from "@tetris/shared";
import { Schema, type Connection } from "mongoose";
import type { CaseResponse } from "../domain/workshop.js";

/**
 * What the workshops service learns of a case from the questionnaire's events, so that it
 * never calls back: the invited actors and the last revision of each response.
 */
export interface CaseInvitations {
  _id: string;
  departmentCode: string;
  invitations: { invitationId: string; organisation: string; actorType: ActorType; territory: Territory | null }[];
  /** Links revoked by staff; kept apart so that a revocation never depends on the order of arrival. */
  revokedIds?: string[];
}

const caseInvitationsSchema = new Schema<CaseInvitations>(
  { _id: String, departmentCode: String, invitations: { type: Schema.Types.Mixed, default: () => [] }, revokedIds: [String] },
  { versionKey: false, collection: "case_invitations", minimize: false },
);

/**
 * The stored response also says when its last revision landed here: operators (and
 * `npm run bench`) read the lag from a submission (`submittedAt` of the event) to its effect
 * on this read model without polling it.
 */
export type StoredCaseResponse = CaseResponse & { recordedAt?: Date };

const caseResponseSchema = new Schema<StoredCaseResponse>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    organisation: { type: String, required: true },
    actorType: { type: String, required: true },
    territory: { type: Schema.Types.Mixed, default: null },
    revision: { type: Number, required: true },
    answers: { type: Schema.Types.Mixed, default: () => [] },
    recordedAt: { type: Date },
  },
  { versionKey: false, collection: "case_responses", minimize: false },
);
caseResponseSchema.index({ caseId: 1 });

export function caseInvitationsModel(connection: Connection) {
  return connection.model<CaseInvitations>("CaseInvitations", caseInvitationsSchema);
}
export type CaseInvitationsModel = ReturnType<typeof caseInvitationsModel>;

export function caseResponseModel(connection: Connection) {
  return connection.model<StoredCaseResponse>("CaseResponse", caseResponseSchema);
}
export type CaseResponseModel = ReturnType<typeof caseResponseModel>;
