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
}

const caseInvitationsSchema = new Schema<CaseInvitations>(
  { _id: String, departmentCode: String, invitations: { type: Schema.Types.Mixed, default: () => [] } },
  { versionKey: false, collection: "case_invitations", minimize: false },
);

const caseResponseSchema = new Schema<CaseResponse>(
  {
    _id: { type: String, required: true },
    caseId: { type: String, required: true },
    organisation: { type: String, required: true },
    actorType: { type: String, required: true },
    territory: { type: Schema.Types.Mixed, default: null },
    revision: { type: Number, required: true },
    answers: { type: Schema.Types.Mixed, default: () => [] },
  },
  { versionKey: false, collection: "case_responses", minimize: false },
);
caseResponseSchema.index({ caseId: 1 });

export function caseInvitationsModel(connection: Connection) {
  return connection.model<CaseInvitations>("CaseInvitations", caseInvitationsSchema);
}
export type CaseInvitationsModel = ReturnType<typeof caseInvitationsModel>;

export function caseResponseModel(connection: Connection) {
  return connection.model<CaseResponse>("CaseResponse", caseResponseSchema);
}
export type CaseResponseModel = ReturnType<typeof caseResponseModel>;
