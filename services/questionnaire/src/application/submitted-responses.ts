import { findByIds } from "@tetris/shared";
import type { Response, Submission } from "../domain/response.js";
import type { ResponseDocument } from "../infrastructure/response.model.js";
import type { QuestionnaireDeps } from "./deps.js";

export type SubmittedResponse = Pick<Response, "_id" | "organisation" | "actorType" | "territory"> & { current: Submission };

/**
 * The responses of a campaign, read by their ids: a response is keyed by its invitation, so the
 * campaign's invitations name them all (see invitationIdsOf; a search by `campaignId` would read
 * every response of every campaign on FerretDB v1).
 */
export async function responsesOf<K extends keyof ResponseDocument>(
  deps: Pick<QuestionnaireDeps, "responses">,
  campaignId: string,
  invitationIds: readonly string[],
  fields: readonly K[],
): Promise<Pick<ResponseDocument, K | "_id" | "campaignId">[]> {
  const projection = Object.fromEntries([...fields, "campaignId"].map((f) => [f, 1]));
  const found = await findByIds(deps.responses, invitationIds, projection);
  return found.filter((r) => r.campaignId === campaignId);
}

/** The responses of a campaign that were submitted at least once (their last submission counts). */
export async function submittedResponses(
  deps: Pick<QuestionnaireDeps, "responses">,
  campaignId: string,
  invitationIds: readonly string[],
): Promise<SubmittedResponse[]> {
  const responses = await responsesOf(deps, campaignId, invitationIds, ["organisation", "actorType", "territory", "current"]);
  return responses.flatMap(({ _id, organisation, actorType, territory, current }) =>
    current ? [{ _id, organisation, actorType, territory, current }] : [],
  );
}
