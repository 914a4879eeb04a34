import { insertOnce, isDuplicateKeyError, type EventOf } from "@tetris/shared";
import type { WorkshopsDeps } from "./deps.js";

/** Remembers who was invited to the case's questionnaire: they are the day's first participants. */
export async function rememberInvitations(deps: WorkshopsDeps, event: EventOf<"CampaignOpened">) {
  await insertOnce(deps.caseInvitations, {
    _id: event.caseId,
    departmentCode: event.departmentCode,
    invitations: event.payload.invitations,
  });
}

/**
 * Keeps the last revision of each response. The filter on the revision makes an older or
 * repeated revision a no-op, whatever order they arrive in; when it matches nothing the
 * upsert meets the existing id, which says the same.
 */
export async function rememberResponse(deps: WorkshopsDeps, event: EventOf<"ResponseSubmitted">) {
  const { responseId, organisation, actorType, territory, revision, answers } = event.payload;
  try {
    await deps.caseResponses.updateOne(
      { _id: responseId, revision: { $lt: revision } },
      { $set: { caseId: event.caseId, organisation, actorType, territory, revision, answers } },
      { upsert: true },
    );
  } catch (err) {
    if (!isDuplicateKeyError(err)) throw err;
  }
}
