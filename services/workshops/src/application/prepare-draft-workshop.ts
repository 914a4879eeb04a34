import { insertOnce, newWithEvents, type EventOf, type Logger } from "@tetris/shared";
import { draftSessions, workshopIdFor, type Workshop } from "../domain/workshop.js";
import type { WorkshopsDeps } from "./deps.js";

/**
 * When a campaign closes, prepares the draft workshop day of its case from the ranked themes.
 * The workshop id comes from the campaign, so a redelivered event meets a duplicate key and
 * changes nothing.
 */
export async function prepareDraftWorkshop(deps: WorkshopsDeps, event: EventOf<"CampaignClosed">, logger: Logger) {
  const workshop: Workshop = {
    _id: workshopIdFor(event.payload.campaignId),
    caseId: event.caseId,
    departmentCode: event.departmentCode,
    campaignId: event.payload.campaignId,
    status: "draft",
    sessions: draftSessions(event.payload.rankedThemes),
    candidates: [],
    completedAt: null,
  };
  if (await insertOnce(deps.workshops, { ...workshop, ...newWithEvents([]) })) {
    logger.info({ workshopId: workshop._id, sessions: workshop.sessions.length }, "draft workshop day prepared");
  }
}
