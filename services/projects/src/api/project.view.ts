import { milestoneProgress, overdueMilestones } from "../domain/accompaniment/milestones.js";
import { statusLabels } from "../domain/accompaniment/status-transitions.js";
import { projectThemes } from "../domain/project.js";
import type { ProjectDocument } from "../infrastructure/project.model.js";

const iso = (d: Date | string) => new Date(d).toISOString();
const statusLabel = (status: ProjectDocument["status"]) =>
  status === "proposed" ? "proposé" : status === "not-selected" ? "non retenu" : statusLabels[status];

/** A project as its readers see it: state, derived progress and overdue milestones, and where it comes from. */
export function projectView(p: Omit<ProjectDocument, "outbox" | "outboxPending">, now: Date) {
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
    proposedAt: iso(p.proposedAt),
    decision: p.decision ? { ...p.decision, decidedAt: iso(p.decision.decidedAt) } : null,
    plan: p.plan,
    progress: milestoneProgress(milestones),
    overdueMilestones: overdueMilestones(milestones, today).map((m) => m.milestoneId),
    scores: p.scores.map((s) => ({ ...s, scoredAt: iso(s.scoredAt) })),
    journal: p.journal.map((j) => ({ ...j, at: iso(j.at) })),
    version: p.version,
  };
}

/**
 * Traceability: from the project back to the needs it answers, their themes, and the
 * questionnaire answers behind each need.
 */
export function traceabilityView(p: Pick<ProjectDocument, "_id" | "title" | "needs">) {
  return {
    projectId: p._id,
    title: p.title,
    needs: p.needs.map((n) => ({
      needId: n.needId,
      statement: n.statement,
      themeCode: n.themeCode,
      territories: n.territories,
      urgency: n.urgency,
      impact: n.impact,
      answers: n.evidence,
    })),
  };
}
