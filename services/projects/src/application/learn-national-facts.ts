import { insertOnce, type DomainEvent } from "@tetris/shared";
import type { UpdateQuery } from "mongoose";
import { editionOf } from "../domain/case-stage.js";
import type { CaseFacts } from "../infrastructure/case-facts.model.js";
import type { ProjectsDeps } from "./deps.js";

/** Keeps what the national funnel and the list of cases show from every service's events. */
export async function learnNationalFacts(deps: ProjectsDeps, event: DomainEvent) {
  if (event.type === "NeedCaptured") {
    await insertOnce(deps.needFacts, {
      _id: event.payload.need.needId,
      caseId: event.caseId,
      departmentCode: event.departmentCode,
      themeCode: event.payload.need.themeCode,
    });
  }
  await deps.caseFacts.updateOne({ _id: event.caseId }, caseFactsUpdate(event), { upsert: true });
}

/**
 * What one event tells of its case. Values an event states are $set (the same each time it
 * comes); what grows is $max or $addToSet, so that a late or repeated event never goes back.
 */
function caseFactsUpdate(event: DomainEvent): UpdateQuery<CaseFacts> {
  const known = { departmentCode: event.departmentCode, edition: editionOf(event.caseId, event.departmentCode) };
  const latest = { lastEventAt: new Date(event.occurredAt) };
  switch (event.type) {
    case "CampaignOpened":
      return {
        $set: { ...known, campaignId: event.payload.campaignId, title: event.payload.title, campaignOpenedAt: new Date(event.payload.opensAt) },
        $max: { ...latest, invited: event.payload.invitations.length },
      };
    case "CampaignClosed":
      // The count the questionnaire settled at closing; until then, the opening's (ActorsInvited
      // and InvitationRevoked only move the case's last activity here).
      return {
        $set: { ...known, campaignId: event.payload.campaignId, campaignClosedAt: new Date(event.payload.closedAt) },
        $max: { ...latest, invited: event.payload.participation.invited },
      };
    case "ResponseSubmitted":
      return { $set: known, $max: latest, $addToSet: { respondentIds: event.payload.responseId } };
    case "WorkshopScheduled":
      return { $set: { ...known, workshopId: event.payload.workshopId, campaignId: event.payload.campaignId }, $max: latest };
    case "WorkshopCompleted":
      return { $set: { ...known, workshopId: event.payload.workshopId, workshopCompletedAt: new Date(event.payload.completedAt) }, $max: latest };
    default:
      return { $set: known, $max: latest };
  }
}
