import type { Criterion, CriterionScore, ProjectScores, RankedProject } from "./prioritisation-types.js";

/**
 * Two weighted means closer than this are a tie. Distinct means of a realistic grid differ by
 * at least 1/Σw (all projects share the denominator), far above it; float noise (≈1e-15) is far below.
 */
export const TIE_EPSILON = 1e-9;

/** The score that counts per criterion: the latest `scoredAt`; on equal dates, the one recorded last. */
export function latestScores(scores: readonly CriterionScore[]): Map<string, number> {
  const latest = new Map<string, { at: number; score: number }>();
  for (const s of scores) {
    // Documents read back without hydration may carry ISO strings: accept both.
    const at = new Date(s.scoredAt).getTime();
    const current = latest.get(s.criterionCode);
    if (!current || at >= current.at) latest.set(s.criterionCode, { at, score: s.score });
  }
  return new Map([...latest].map(([code, { score }]) => [code, score]));
}

interface Evaluation {
  projectId: string;
  /** Unrounded weighted mean; null while a weighted criterion is unscored. */
  exact: number | null;
  missingCriteria: string[];
}

function evaluate(weighted: readonly Criterion[], project: ProjectScores): Evaluation {
  const latest = latestScores(project.scores);
  const missingCriteria = weighted.filter((c) => !latest.has(c.code)).map((c) => c.code);
  if (missingCriteria.length > 0 || weighted.length === 0) return { projectId: project.projectId, exact: null, missingCriteria };
  let sum = 0;
  let totalWeight = 0;
  // Summed in grid order, never in input order: the same project always gets the same bits.
  for (const c of weighted) {
    sum += c.weight * latest.get(c.code)!;
    totalWeight += c.weight;
  }
  return { projectId: project.projectId, exact: sum / totalWeight, missingCriteria };
}

/** Half up to 2 decimals; a mean a float-noise short of a .xx5 boundary (1.4999999999999998) is that boundary. */
function roundForDisplay(value: number): number {
  return Math.round((value + TIE_EPSILON) * 100) / 100;
}

function byRankThenId(a: RankedProject, b: RankedProject): number {
  if (a.rank !== b.rank) {
    if (a.rank === null) return 1;
    if (b.rank === null) return -1;
    return a.rank - b.rank;
  }
  return a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0;
}

/**
 * The ranking derived from a grid and the scores: weighted mean of the latest scores on the
 * grid's criteria of weight > 0 (other scores are ignored), standard competition ranking
 * (1, 1, 3), projects missing a weighted criterion last and unranked. Sorted by rank, then id.
 * A grid without any weight above zero ranks nobody (the grid schema forbids it).
 */
export function rankProjects(criteria: readonly Criterion[], projects: readonly ProjectScores[]): RankedProject[] {
  const weighted = criteria.filter((c) => c.weight > 0);
  const evaluations = projects.map((p) => evaluate(weighted, p));
  const scored = evaluations.map((e) => e.exact).filter((x): x is number => x !== null);
  return evaluations
    .map((e): RankedProject => {
      const { exact } = e;
      if (exact === null) return { projectId: e.projectId, weightedScore: null, rank: null, missingCriteria: e.missingCriteria };
      // Rank on the exact mean, never on the displayed one: rounding would turn 3.334 vs 3.336
      // into a fake order (3.33 < 3.34) or 3.336 vs 3.344 into a fake tie, and a float-noise
      // difference sitting on a .xx5 boundary would let rescaling all weights reorder projects.
      // Rank = 1 + the number of projects strictly ahead: ties share a rank and the next rank
      // skips (1, 1, 3); raising one's own score can only lower that count.
      const ahead = scored.filter((other) => other > exact + TIE_EPSILON).length;
      return { projectId: e.projectId, weightedScore: roundForDisplay(exact), rank: ahead + 1, missingCriteria: [] };
    })
    .sort(byRankThenId);
}
