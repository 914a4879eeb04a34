import { findByIds } from "@tetris/shared";
import type { Campaign } from "../domain/campaign.js";
import type { Response, Submission } from "../domain/response.js";
import type { ResponseDocument } from "../infrastructure/response.model.js";
import type { QuestionnaireDeps } from "./deps.js";
import { invitationIdsOf } from "./invitations.js";

type ResponsesDeps = Pick<QuestionnaireDeps, "responses" | "campaigns" | "invitations" | "invitationBatches">;

export type SubmittedResponse = Pick<Response, "_id" | "organisation" | "actorType" | "territory"> & { current: Submission };

/**
 * The responses of a campaign, read by their ids: a response is keyed by its invitation, so
 * the campaign's invitation batches name them all (and a search by `campaignId` would read
 * every response of every campaign on FerretDB v1).
 */
export async function responsesOf<K extends keyof ResponseDocument>(
  deps: ResponsesDeps,
  campaign: Pick<Campaign, "_id" | "invitationBatches">,
  fields: readonly K[],
): Promise<Pick<ResponseDocument, K | "_id" | "campaignId">[]> {
  const projection = Object.fromEntries([...fields, "campaignId"].map((f) => [f, 1]));
  const ids = await invitationIdsOf(deps, campaign);
  const found = await findByIds(deps.responses, ids, projection);
  return found.filter((r) => r.campaignId === campaign._id);
}

/** The responses of a campaign that were submitted at least once (their last submission counts). */
export async function submittedResponses(
  deps: ResponsesDeps,
  campaign: Pick<Campaign, "_id" | "invitationBatches">,
): Promise<SubmittedResponse[]> {
  const responses = await responsesOf(deps, campaign, ["organisation", "actorType", "territory", "current"]);
  return responses.flatMap(({ _id, organisation, actorType, territory, current }) =>
    current ? [{ _id, organisation, actorType, territory, current }] : [],
  );
}
