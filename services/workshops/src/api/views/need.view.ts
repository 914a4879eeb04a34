import {
  answerEvidenceSchema,
  departmentCodeSchema,
  isoDateTimeSchema,
  territorySchema,
  themeCodeSchema,
  type OutboxDocument,
} from "@tetris/shared";
import { z } from "zod";
import type { CapturedNeed } from "../../domain/need.js";

const oneToFive = z.number().int().min(1).max(5);

/** A need as staff and partners see it: never the outbox. */
export const needViewSchema = z.object({
  needId: z.string().describe("The UUID the client made when capturing it."),
  workshopId: z.string(),
  caseId: z.string(),
  departmentCode: departmentCodeSchema,
  sessionId: z.string().describe("The session it was captured in."),
  statement: z.string(),
  themeCode: themeCodeSchema,
  territories: z.array(territorySchema).describe("The communes and EPCI concerned, with their official names."),
  actorsConcerned: z.array(z.string()),
  existing: z.string().describe('What already exists; "" if nothing was said.'),
  blockers: z.string().describe('What stands in the way; "" if nothing was said.'),
  urgency: oneToFive.describe("1 to 5, 5 the most urgent."),
  impact: oneToFive.describe("1 to 5, 5 the largest."),
  evidence: z.array(answerEvidenceSchema).describe("The questionnaire answers behind the need, quoted as the respondent gave them."),
  capturedBy: z.string().describe("The subject of the staff token that captured it."),
  capturedAt: isoDateTimeSchema,
  version: z.number().int().positive().describe("Send it as `expectedVersion` to `needs.edit`."),
});
export type NeedView = z.infer<typeof needViewSchema>;

export const capturedNeedViewSchema = needViewSchema.extend({
  repeated: z
    .boolean()
    .describe("true when a need with this `needId` was already stored: it is answered as stored, whatever this input said."),
});

/** Field by field, so that whatever else the document holds (outbox, timestamps) stays in the database. */
export function needView(need: CapturedNeed & Pick<OutboxDocument, "version">): NeedView {
  return {
    needId: need._id,
    workshopId: need.workshopId,
    caseId: need.caseId,
    departmentCode: need.departmentCode,
    sessionId: need.sessionId,
    statement: need.statement,
    themeCode: need.themeCode,
    territories: need.territories,
    actorsConcerned: need.actorsConcerned,
    existing: need.existing,
    blockers: need.blockers,
    urgency: need.urgency,
    impact: need.impact,
    evidence: need.evidence,
    capturedBy: need.capturedBy,
    capturedAt: need.capturedAt.toISOString(),
    version: need.version,
  };
}
