/** Where a case stands, from the questionnaire to the projects' accompaniment, each stage after the one before. */
export const caseStages = ["questionnaire-open", "questionnaire-closed", "workshop-held", "prioritisation", "accompaniment"] as const;
export type CaseStage = (typeof caseStages)[number];

export interface StageFacts {
  campaignClosedAt: Date | null;
  workshopCompletedAt: Date | null;
  projects: number;
  accompanied: number;
}

/**
 * The furthest stage the facts show. Events come in any order, so a later fact wins even when
 * an earlier one is still missing (projects registered before the campaign's closing arrived).
 */
export function caseStage(facts: StageFacts): CaseStage {
  if (facts.accompanied > 0) return "accompaniment";
  if (facts.projects > 0) return "prioritisation";
  if (facts.workshopCompletedAt) return "workshop-held";
  if (facts.campaignClosedAt) return "questionnaire-closed";
  return "questionnaire-open";
}

/**
 * The edition a case id says (`case-<departmentCode>-<edition>`, as the questionnaire makes
 * them); no event carries it otherwise. null for an id made another way.
 */
export function editionOf(caseId: string, departmentCode: string): number | null {
  const match = /^case-(.+)-(\d{4})$/.exec(caseId);
  return match && match[1] === departmentCode ? Number(match[2]) : null;
}
