import { departmentCodeSchema, isoDateTimeSchema, maturities, projectKinds, territorySchema, themeCodeSchema } from "@tetris/shared";
import { z } from "zod";
import { projectStatuses } from "../../domain/accompaniment/accompaniment-types.js";
import { milestoneProgress, overdueMilestones } from "../../domain/accompaniment/milestones.js";
import { statusLabels } from "../../domain/accompaniment/status-transitions.js";
import { projectThemes } from "../../domain/project.js";
import type { ProjectDocument } from "../../infrastructure/project.model.js";
import { journalEntryView, journalEntryViewSchema, planView, planViewSchema } from "./accompaniment.view.js";
import { decisionView, decisionViewSchema } from "./decision.view.js";
import { criterionScoreView, criterionScoreViewSchema } from "./prioritisation.view.js";

const count = z.number().int().nonnegative();
const statusLabel = (status: ProjectDocument["status"]) =>
  status === "proposed" ? "proposé" : status === "not-selected" ? "non retenu" : statusLabels[status];

/** A project as its readers see it: state, derived progress and overdue milestones, and where it comes from; never the outbox. */
export const projectViewSchema = z.object({
  projectId: z.string().describe("`project-<candidateId>`."),
  caseId: z.string(),
  departmentCode: departmentCodeSchema,
  workshopId: z.string(),
  candidateId: z.string().describe("The workshop's candidate project this one comes from."),
  title: z.string(),
  description: z.string(),
  kind: z.enum(projectKinds),
  leadOrganisation: z.string(),
  territories: z.array(territorySchema),
  budgetRange: z.object({ minEuros: z.number().nonnegative(), maxEuros: z.number().nonnegative() }).nullable(),
  maturity: z.enum(maturities),
  workshopVotes: count.describe("Votes the candidate got in the workshop."),
  themes: z.array(themeCodeSchema).describe("The themes of the needs it answers, most frequent first."),
  status: z
    .enum(["proposed", "not-selected", ...projectStatuses])
    .describe(
      "`proposed`, then `selected` or `not-selected` (`projects.decide`, revisable until planned), `in-accompaniment` once planned " +
        "(`projects.planAccompaniment`), possibly `paused` and resumed, and at last `delivered` or `abandoned` (`projects.changeStatus`).",
    ),
  statusLabel: z.string().describe("The status in French, for display."),
  statusReason: z.string().nullable().describe("Why it was last paused or abandoned; null otherwise."),
  proposedAt: isoDateTimeSchema,
  decision: decisionViewSchema.nullable().describe("null until a decision is taken."),
  plan: planViewSchema.nullable().describe("The accompaniment plan; null until planned."),
  progress: z
    .object({ done: count, total: count.describe("Milestones not cancelled."), percent: z.number().int().min(0).max(100) })
    .describe("Done milestones out of those not cancelled; 0 % without any."),
  overdueMilestones: z.array(z.string()).describe("Ids of the planned milestones whose due date has passed."),
  scores: z.array(criterionScoreViewSchema).describe("Every score given, earliest first; the latest per criterion counts."),
  journal: z.array(journalEntryViewSchema).describe("Oldest first."),
  version: z.number().int().positive().describe("Grows with every change of the project."),
});
export type ProjectView = z.infer<typeof projectViewSchema>;

/** Field by field, so that whatever else the document holds (outbox, timestamps) stays in the database. */
export function projectView(p: Omit<ProjectDocument, "outbox" | "outboxPending">, now: Date): ProjectView {
  const today = now.toISOString().slice(0, 10);
  const milestones = p.plan?.milestones ?? [];
  return {
    projectId: p._id,
    caseId: p.caseId,
    departmentCode: p.departmentCode,
    workshopId: p.workshopId,
    candidateId: p.candidateId,
    title: p.title,
    description: p.description,
    kind: p.kind,
    leadOrganisation: p.leadOrganisation,
    territories: p.territories,
    budgetRange: p.budgetRange,
    maturity: p.maturity,
    workshopVotes: p.workshopVotes,
    themes: projectThemes(p),
    status: p.status,
    statusLabel: statusLabel(p.status),
    statusReason: p.statusReason,
    proposedAt: new Date(p.proposedAt).toISOString(),
    decision: p.decision ? decisionView(p.decision) : null,
    plan: p.plan ? planView(p.plan) : null,
    progress: milestoneProgress(milestones),
    overdueMilestones: overdueMilestones(milestones, today).map((m) => m.milestoneId),
    scores: p.scores.map(criterionScoreView),
    journal: p.journal.map(journalEntryView),
    version: p.version,
  };
}
