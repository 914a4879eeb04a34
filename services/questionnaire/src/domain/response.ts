import type { ActorType, DepartmentCode, Territory } from "@tetris/shared";
import type { Answers } from "./template/template.js";

export interface Submission {
  revision: number;
  submittedAt: Date;
  answers: Answers;
}

/**
 * One invitation's answers: the draft being written, and every submission kept (the last one
 * counts). Keyed by the invitation, so a respondent has exactly one.
 */
export interface Response {
  _id: string;
  campaignId: string;
  caseId: string;
  departmentCode: DepartmentCode;
  organisation: string;
  actorType: ActorType;
  territory: Territory | null;
  templateId: string;
  templateVersion: number;
  draft: Answers;
  draftSavedAt: Date | null;
  submissions: Submission[];
  current: Submission | null;
}
