import type { Criterion, ProjectScores, SensitivityResult } from "./prioritisation-types.js";
import { rankProjects } from "./weighted-ranking.js";

const CHANGES = [
  { change: "+20%", factor: 1.2 },
  { change: "-20%", factor: 0.8 },
] as const;

function ranksOf(criteria: readonly Criterion[], projects: readonly ProjectScores[]): Map<string, number | null> {
  return new Map(rankProjects(criteria, projects).map((r) => [r.projectId, r.rank]));
}

/**
 * One entry per (weighted criterion, ±20 %), in grid order, each listing the projects whose rank
 * changes — an empty list included, so that a reader sees which weights the ranking withstands.
 * Unranked projects stay unranked (a weight × 0.8 is still above zero) and never appear.
 */
export function rankingSensitivity(criteria: readonly Criterion[], projects: readonly ProjectScores[]): SensitivityResult[] {
  const before = ranksOf(criteria, projects);
  return criteria
    .filter((c) => c.weight > 0)
    .flatMap((target) =>
      CHANGES.map(({ change, factor }): SensitivityResult => {
        const varied = criteria.map((c) => (c.code === target.code ? { ...c, weight: c.weight * factor } : c));
        const after = ranksOf(varied, projects);
        const movedProjects = [...before]
          .flatMap(([projectId, rankBefore]) => {
            const rankAfter = after.get(projectId) ?? null;
            return rankBefore !== null && rankAfter !== null && rankAfter !== rankBefore ? [{ projectId, rankBefore, rankAfter }] : [];
          })
          .sort((a, b) => a.rankBefore - b.rankBefore || (a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0));
        return { criterionCode: target.code, change, movedProjects };
      }),
    );
}

const PERCENT = { "+20%": "+20 %", "-20%": "−20 %" } as const;

/** One French sentence saying whether any ±20 % change of a single weight reorders projects, and which. */
export function robustnessSummary(results: readonly SensitivityResult[]): string {
  if (results.length === 0) return "Aucun critère pondéré : pas d'analyse de sensibilité possible.";
  const sensitive = results.filter((r) => r.movedProjects.length > 0);
  if (sensitive.length === 0) return "Classement stable : aucune variation de ±20 % d'un poids ne change l'ordre.";
  const moved = new Set(sensitive.flatMap((r) => r.movedProjects.map((m) => m.projectId)));
  const subject = moved.size === 1 ? "1 projet change" : `${moved.size} projets changent`;
  const moves = (r: SensitivityResult) => r.movedProjects.map((m) => `${m.projectId} ${m.rankBefore}→${m.rankAfter}`).join(", ");
  const details = sensitive.map((r) => `${r.criterionCode} ${PERCENT[r.change]} (${moves(r)})`).join(" ; ");
  return `${subject} de rang si un poids varie de ±20 % : ${details}.`;
}
