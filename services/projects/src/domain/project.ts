import type { DepartmentCode, PayloadOf } from "@tetris/shared";

/** A project of a case, from the moment the workshop proposes it. */
export interface Project extends Omit<PayloadOf<"CandidateProjectProposed">, "votes"> {
  _id: string;
  caseId: string;
  departmentCode: DepartmentCode;
  workshopVotes: number;
  status: "proposed";
  proposedAt: Date;
}

/** Derived from the candidate, so a redelivered proposal meets the project it already made. */
export function projectIdFor(candidateId: string): string {
  return `project-${candidateId}`;
}
