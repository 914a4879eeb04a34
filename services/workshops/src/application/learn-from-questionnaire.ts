import { isDuplicateKeyError, type EventOf } from "@tetris/shared";
import type { WorkshopsDeps } from "./deps.js";

/**
 * Remembers who was invited to the case's questionnaire, at the opening and afterwards: they are
 * the day's first participants. $addToSet makes a redelivered event a no-op.
 */
export async function rememberInvitations(deps: WorkshopsDeps, event: EventOf<"CampaignOpened" | "ActorsInvited">) {
  await deps.caseInvitations.updateOne(
    { _id: event.caseId },
    { $set: { departmentCode: event.departmentCode }, $addToSet: { invitations: { $each: event.payload.invitations } } },
    { upsert: true },
  );
}

/** A revoked link: that actor is no longer expected at the workshop day (unless they answered). */
export async function forgetInvitation(deps: WorkshopsDeps, event: EventOf<"InvitationRevoked">) {
  await deps.caseInvitations.updateOne(
    { _id: event.caseId },
    { $set: { departmentCode: event.departmentCode }, $addToSet: { revokedIds: event.payload.invitationId } },
    { upsert: true },
  );
}

/**
 * Keeps the last revision of each response. The filter on the revision makes an older or
 * repeated revision a no-op, whatever order they arrive in; when it matches nothing the
 * upsert meets the existing id, which says the same. `recordedAt` (when the revision landed
 * here, read by `npm run bench` for the end-to-end lag) changes with the revision only, so a
 * redelivery leaves it alone.
 */
export async function rememberResponse(deps: WorkshopsDeps, event: EventOf<"ResponseSubmitted">) {
  const { responseId, organisation, actorType, territory, revision, answers } = event.payload;
  try {
    await deps.caseResponses.updateOne(
      { _id: responseId, revision: { $lt: revision } },
      { $set: { caseId: event.caseId, organisation, actorType, territory, revision, answers, recordedAt: deps.now() } },
      { upsert: true },
    );
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
}
