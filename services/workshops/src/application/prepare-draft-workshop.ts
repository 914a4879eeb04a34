import { findByIds, insertOnce, newWithEvents, type EventOf, type Logger } from "@tetris/shared";
import { DEFAULT_VOTES_PER_PARTICIPANT, draftSessions, workshopIdFor, type Participant, type Workshop } from "../domain/workshop.js";
import type { WorkshopsDeps } from "./deps.js";

/**
 * When a campaign closes, prepares the draft workshop day of its case: one session per
 * priority theme with its evidence, and the invited actors as participants (marked when they
 * answered; a revoked link that never answered is left out). The workshop id comes from the campaign, so a redelivered event changes nothing.
 */
export async function prepareDraftWorkshop(deps: WorkshopsDeps, event: EventOf<"CampaignClosed">, logger: Logger) {
  const knowledge = await deps.caseInvitations.findById(event.caseId).lean();
  // A response is keyed by its invitation: read by id, not by a search on caseId (see findByIds).
  const invitationIds = (knowledge?.invitations ?? []).map((i) => i.invitationId);
  const responses = (await findByIds(deps.caseResponses, invitationIds)).filter((r) => r.caseId === event.caseId);
  const responded = new Set(responses.map((r) => r._id));
  const revoked = new Set(knowledge?.revokedIds ?? []);
  const invited = (knowledge?.invitations ?? []).filter((i) => responded.has(i.invitationId) || !revoked.has(i.invitationId));
  const participants: Participant[] = invited.map((i) => ({
    participantId: i.invitationId,
    name: i.organisation,
    organisation: i.organisation,
    actorType: i.actorType,
    email: null,
    source: responded.has(i.invitationId) ? "responded" : "invited",
    sessionIds: [],
    present: false,
  }));
  const workshop: Workshop = {
    _id: workshopIdFor(event.payload.campaignId),
    caseId: event.caseId,
    departmentCode: event.departmentCode,
    campaignId: event.payload.campaignId,
    status: "draft",
    date: null,
    venue: null,
    sessions: draftSessions(event.payload.rankedThemes, responses),
    participants,
    votesPerParticipant: DEFAULT_VOTES_PER_PARTICIPANT,
    completedAt: null,
  };
  if (await insertOnce(deps.workshops, { ...workshop, ...newWithEvents([]) })) {
    logger.info({ workshopId: workshop._id, sessions: workshop.sessions.length }, "draft workshop day prepared");
  }
}
