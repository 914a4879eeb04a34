import type { ActorType, DepartmentCode, Territory } from "@tetris/shared";
import type { Answers } from "./template/template.js";

export interface Submission {
  revision: number;
  submittedAt: Date;
  answers: Answers;
}

/** A submission as kept in the history of a response (`submissions`, one document each). */
export interface SubmissionRecord extends Submission {
  _id: string;
  responseId: string;
  campaignId: string;
}

/**
 * One invitation's answers: the draft being written, and the last submission, which counts
 * (every submission is kept in its own document, so this one stays the same size however often
 * a respondent amends). Keyed by the invitation, so a respondent has exactly one.
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
  current: Submission | null;
}
