import { departmentCodeSchema, isoDateSchema, isoDateTimeSchema, themeCodeSchema } from "@tetris/shared";
import { z } from "zod";
import type { NationalView } from "../../application/national/national-view-data.js";

const count = z.number().int().nonnegative();

const funnelRowSchema = z.object({
  departmentCode: departmentCodeSchema,
  departmentName: z.string(),
  themeCode: themeCodeSchema
    .nullable()
    .describe("null for the département's total line, the only one that counts invitations and answers (they have no theme)."),
  invited: count.describe("Actors invited to answer the questionnaire."),
  answered: count.describe("Invited actors who submitted an answer."),
  needs: count.describe("Needs captured in the workshops."),
  candidates: count.describe("Candidate projects proposed by the workshops."),
  selected: count.describe("Projects selected, whatever became of them since (abandoned ones included)."),
  accompanied: count.describe("Projects in accompaniment, paused or delivered."),
  delivered: count,
});

/** ANCT's national view, the data of `/exports/national.csv` and `.xlsx`. */
export const nationalViewSchema = z.object({
  generatedAt: isoDateTimeSchema,
  funnel: z
    .array(funnelRowSchema)
    .describe(
      "By département code, its total line first, then one line per theme by theme code. A project counts on its département's " +
        "total line and on the line of its main theme (the one its needs cite most), if it has needs.",
    ),
  levers: z
    .array(z.object({ code: z.string(), label: z.string(), projects: count.describe("Accompaniment plans that use the lever.") }))
    .describe("The levers used in at least one plan, most used first."),
  overdueMilestones: z
    .array(
      z.object({
        departmentCode: departmentCodeSchema,
        caseId: z.string(),
        projectId: z.string(),
        projectTitle: z.string(),
        milestoneTitle: z.string(),
        dueDate: isoDateSchema,
        daysLate: z.number().int().positive(),
      }),
    )
    .describe("Planned milestones past their due date, of projects in accompaniment or paused, the most overdue first."),
});
export type NationalViewOutput = z.infer<typeof nationalViewSchema>;

/** The national view with its date as ISO text; the rest is already plain data. */
export function nationalViewOutput(view: NationalView): NationalViewOutput {
  return { generatedAt: view.generatedAt.toISOString(), funnel: view.funnel, levers: view.levers, overdueMilestones: view.overdueMilestones };
}
