import { isoDateSchema, isoDateTimeSchema } from "@tetris/shared";
import { z } from "zod";
import { projectStatuses, type JournalEntry, type Milestone } from "../../domain/accompaniment/accompaniment-types.js";
import type { AccompanimentPlan } from "../../domain/project.js";

export const milestoneViewSchema = z.object({
  milestoneId: z.string(),
  title: z.string(),
  dueDate: isoDateSchema,
  status: z.enum(["planned", "done", "cancelled"]).describe("A cancelled milestone no longer counts in the progress."),
  doneOn: isoDateSchema.nullable().describe("The day it was done; null unless `done`."),
});
export type MilestoneView = z.infer<typeof milestoneViewSchema>;

export function milestoneView(m: Milestone): MilestoneView {
  return { milestoneId: m.milestoneId, title: m.title, dueDate: m.dueDate, status: m.status, doneOn: m.doneOn ?? null };
}

export const planViewSchema = z.object({
  referent: z.string().describe("Who at ANCT follows the project."),
  levers: z.array(z.string()).describe("Codes of levers of the catalogue (`levers.list`), each once."),
  partners: z.array(z.string()),
  milestones: z.array(milestoneViewSchema).describe("In the order they were planned."),
});
export type PlanView = z.infer<typeof planViewSchema>;

export function planView(p: AccompanimentPlan): PlanView {
  return { referent: p.referent, levers: p.levers, partners: p.partners, milestones: p.milestones.map(milestoneView) };
}

export const journalEntryViewSchema = z.object({
  at: isoDateTimeSchema,
  by: z.string().describe("The subject of the author's token."),
  text: z.string(),
});
export type JournalEntryView = z.infer<typeof journalEntryViewSchema>;

export function journalEntryView(j: JournalEntry): JournalEntryView {
  return { at: new Date(j.at).toISOString(), by: j.by, text: j.text };
}

export const statusChangedSchema = z.object({ projectId: z.string(), status: z.enum(projectStatuses) });
