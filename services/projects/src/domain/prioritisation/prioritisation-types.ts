/** A criterion of a case's prioritisation grid, with its weight (≥ 0; weights need not sum to 1). */
export interface Criterion {
  code: string;
  label: string;
  weight: number;
}

/** One agent's score of one project on one criterion, always justified in writing. */
export interface CriterionScore {
  criterionCode: string;
  /** Integer 1–5. */
  score: number;
  justification: string;
  scoredBy: string;
  scoredAt: Date;
}

export interface ProjectScores {
  projectId: string;
  scores: CriterionScore[];
}

/** A project's place in the derived ranking: never typed in, always computed from the grid. */
export interface RankedProject {
  projectId: string;
  /** Weighted mean of the scores, on the 1–5 scale, rounded to 2 decimals; null until every criterion is scored. */
  weightedScore: number | null;
  /** 1 = first; ties share a rank (1, 1, 3); unscored projects come last, unranked (null). */
  rank: number | null;
  missingCriteria: string[];
}

/** What the ranking becomes if one criterion's weight moves by ±20 %. */
export interface SensitivityResult {
  criterionCode: string;
  change: "+20%" | "-20%";
  /** Projects whose rank changes, with their rank before and after. */
  movedProjects: { projectId: string; rankBefore: number; rankAfter: number }[];
}
