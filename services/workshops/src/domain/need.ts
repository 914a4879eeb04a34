import type { AnswerEvidence, DepartmentCode, Territory } from "@tetris/shared";

/** A need (besoin) captured live in a session. Its id is made by the client, so a retried capture is stored once. */
export interface CapturedNeed {
  _id: string;
  workshopId: string;
  caseId: string;
  departmentCode: DepartmentCode;
  sessionId: string;
  statement: string;
  themeCode: string;
  territories: Territory[];
  actorsConcerned: string[];
  existing: string;
  blockers: string;
  urgency: number;
  impact: number;
  evidence: AnswerEvidence[];
  capturedBy: string;
  capturedAt: Date;
}
