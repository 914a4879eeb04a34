import type { Response, Submission } from "../domain/response.js";
import type { QuestionnaireDeps } from "./deps.js";

export type SubmittedResponse = Pick<Response, "_id" | "organisation" | "actorType" | "territory"> & { current: Submission };

/** The responses of a campaign that were submitted at least once (their last submission counts). */
export async function submittedResponses(deps: Pick<QuestionnaireDeps, "responses">, campaignId: string): Promise<SubmittedResponse[]> {
  const responses = await deps.responses.find({ campaignId }, { organisation: 1, actorType: 1, territory: 1, current: 1 }).lean();
  return responses.flatMap(({ _id, organisation, actorType, territory, current }) =>
    current ? [{ _id, organisation, actorType, territory, current }] : [],
  );
}
