import { insertOnce, type DomainEvent } from "@tetris/shared";
import type { ProjectsDeps } from "./deps.js";

/** Keeps what the national funnel counts from the questionnaire's and workshops' events. */
export async function learnNationalFacts(deps: ProjectsDeps, event: DomainEvent) {
  switch (event.type) {
    case "CampaignOpened":
      await deps.caseFacts.updateOne(
        { _id: event.caseId },
        { $set: { departmentCode: event.departmentCode, invited: event.payload.invitations.length } },
        { upsert: true },
      );
      return;
    case "ResponseSubmitted":
      await deps.caseFacts.updateOne(
        { _id: event.caseId },
        { $set: { departmentCode: event.departmentCode }, $addToSet: { respondentIds: event.payload.responseId } },
        { upsert: true },
      );
      return;
    case "NeedCaptured":
      await insertOnce(deps.needFacts, {
        _id: event.payload.need.needId,
        caseId: event.caseId,
        departmentCode: event.departmentCode,
        themeCode: event.payload.need.themeCode,
      });
      return;
    default:
      return;
  }
}
