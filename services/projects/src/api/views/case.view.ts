import { departmentCodeSchema, isoDateTimeSchema } from "@tetris/shared";
import { z } from "zod";
import type { CaseSummary } from "../../application/list-cases.js";
import { caseStages } from "../../domain/case-stage.js";

const count = z.number().int().nonnegative();
const when = isoDateTimeSchema.nullable();

/** One case (a département for one edition) as the list of cases shows it. */
export const caseViewSchema = z.object({
  caseId: z.string(),
  departmentCode: departmentCodeSchema,
  departmentName: z.string(),
  edition: z.number().int().nullable().describe("From the case id `case-<departmentCode>-<edition>`; null for an id made otherwise."),
  title: z.string().nullable().describe("The campaign's title; null until `CampaignOpened` has arrived."),
  stage: z
    .enum(caseStages)
    .describe(
      "The furthest stage reached: `questionnaire-open` (campaign open), `questionnaire-closed` (closed, workshop day not yet " +
        "completed), `workshop-held` (day completed, no project registered), `prioritisation` (projects to score and select, none " +
        "accompanied yet), `accompaniment` (at least one project in accompaniment, paused or delivered).",
    ),
  campaignId: z.string().nullable(),
  campaignOpenedAt: when,
  campaignClosedAt: when,
  workshopId: z.string().nullable().describe("The workshop day, once scheduled."),
  workshopCompletedAt: when,
  counts: z.object({
    invited: count.describe("Actors invited (at the closing, those invited after the opening too)."),
    answered: count.describe("Invited actors who submitted an answer."),
    projects: count.describe("Candidate projects registered from the workshop."),
    selected: count.describe("Projects selected, whatever became of them since (abandoned ones included)."),
    accompanied: count.describe("Projects in accompaniment, paused or delivered."),
    delivered: count,
  }),
  lastActivityAt: when.describe("The latest event of the case from any service, or change of one of its projects."),
});
export type CaseView = z.infer<typeof caseViewSchema>;

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

export function caseView(c: CaseSummary): CaseView {
  return {
    ...c,
    campaignOpenedAt: iso(c.campaignOpenedAt),
    campaignClosedAt: iso(c.campaignClosedAt),
    workshopCompletedAt: iso(c.workshopCompletedAt),
    lastActivityAt: iso(c.lastActivityAt),
  };
}
