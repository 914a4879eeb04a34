import type { DepartmentCode, PayloadOf } from "@tetris/shared";
import type { JournalEntry, Milestone, ProjectStatus } from "./accompaniment/accompaniment-types.js";
import type { CriterionScore } from "./prioritisation/prioritisation-types.js";

export interface ProjectDecision {
  outcome: "selected" | "not-selected";
  reason: string;
  decidedBy: string;
  decidedAt: Date;
}

export interface AccompanimentPlan {
  referent: string;
  levers: string[];
  partners: string[];
  milestones: Milestone[];
}

/** A project of a case, from the moment the workshop proposes it to its delivery. */
export interface Project extends Omit<PayloadOf<"CandidateProjectProposed">, "votes"> {
  _id: string;
  caseId: string;
  departmentCode: DepartmentCode;
  workshopVotes: number;
  proposedAt: Date;
  status: "proposed" | "not-selected" | ProjectStatus;
  /** Why it was paused or abandoned. */
  statusReason: string | null;
  /** Every score given, kept; the latest per criterion counts. */
  scores: CriterionScore[];
  decision: ProjectDecision | null;
  plan: AccompanimentPlan | null;
  journal: JournalEntry[];
}

/** Derived from the candidate, so a redelivered proposal meets the project it already made. */
export function projectIdFor(candidateId: string): string {
  return `project-${candidateId}`;
}

/** The themes a project answers: those of its needs, most frequent first. */
export function projectThemes(project: Pick<Project, "needs">): string[] {
  const counts = new Map<string, number>();
  for (const need of project.needs) counts.set(need.themeCode, (counts.get(need.themeCode) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([theme]) => theme);
}
