import type { Principal } from "@tetris/shared";
import type { WorkshopDocument } from "../infrastructure/workshop.model.js";

/**
 * What a caller sees of a workshop. Participants' e-mail addresses are personal data kept for
 * the préfecture and ANCT who run the day: partners see the organisations, not the addresses.
 */
export function workshopView(w: WorkshopDocument, principal: Principal) {
  const personal = principal.role !== "partner";
  return {
    workshopId: w._id,
    caseId: w.caseId,
    departmentCode: w.departmentCode,
    campaignId: w.campaignId,
    status: w.status,
    version: w.version,
    date: w.date,
    venue: w.venue,
    votesPerParticipant: w.votesPerParticipant,
    sessions: w.sessions,
    participants: w.participants.map((p) => ({ ...p, email: personal ? p.email : null })),
    completedAt: w.completedAt ? w.completedAt.toISOString() : null,
  };
}
