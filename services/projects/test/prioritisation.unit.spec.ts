import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { criteriaSchema, defaultCriteria } from "../src/domain/prioritisation/default-criteria.js";
import type { Criterion, CriterionScore, ProjectScores, RankedProject } from "../src/domain/prioritisation/prioritisation-types.js";
import { rankingSensitivity, robustnessSummary } from "../src/domain/prioritisation/sensitivity.js";
import { rankProjects } from "../src/domain/prioritisation/weighted-ranking.js";

const DAY = new Date("2025-03-14T09:00:00Z");
const at = (minutes: number) => new Date(DAY.getTime() + minutes * 60_000);

function score(criterionCode: string, value: number, scoredAt = DAY): CriterionScore {
  return { criterionCode, score: value, justification: "Justification de la note", scoredBy: "agent-anct", scoredAt };
}

/** A project scored once per criterion, in the grid's order (undefined = not scored). */
function project(projectId: string, grid: readonly Criterion[], values: readonly (number | undefined)[]): ProjectScores {
  return { projectId, scores: grid.flatMap((c, i) => (values[i] === undefined ? [] : [score(c.code, values[i])])) };
}

function grid(weights: readonly number[]): Criterion[] {
  return weights.map((weight, i) => ({ code: `c${i}`, label: `Critère ${i}`, weight }));
}

const ranks = (ranking: RankedProject[]) => ranking.map((r) => [r.projectId, r.rank]);

describe("defaultCriteria", () => {
  it("is the six French criteria, weighted 3-2-2-2-1-1, and a valid grid", () => {
    expect(defaultCriteria.map((c) => [c.code, c.weight])).toEqual([
      ["besoins-prioritaires", 3],
      ["territoire-couvert", 2],
      ["maturite-faisabilite", 2],
      ["adequation-themes", 2],
      ["besoin-accompagnement", 1],
      ["votes-atelier", 1],
    ]);
    expect(defaultCriteria.find((c) => c.code === "besoin-accompagnement")?.label).toBe("Besoin d'un accompagnement ANCT");
    expect(criteriaSchema.safeParse(defaultCriteria).success).toBe(true);
  });
});

describe("criteriaSchema", () => {
  const issues = (input: unknown) => {
    const result = criteriaSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
  };

  it("refuses an empty grid and more than 12 criteria", () => {
    expect(issues([])).toEqual([{ path: [], message: "Au moins un critère" }]);
    expect(issues(grid(Array.from({ length: 13 }, () => 1)))).toEqual([{ path: [], message: "12 critères au plus" }]);
    expect(issues(grid(Array.from({ length: 12 }, () => 1)))).toEqual([]);
  });

  it("refuses a duplicated code, pointing at the second one", () => {
    const duplicated = [...defaultCriteria, { code: "votes-atelier", label: "Encore les votes", weight: 1 }];
    expect(issues(duplicated)).toEqual([{ path: [6, "code"], message: "Code de critère en double : « votes-atelier »" }]);
  });

  it("refuses negative, infinite or missing weights and a grid where every weight is zero", () => {
    expect(issues(grid([1, -1]))).toEqual([{ path: [1, "weight"], message: "Le poids ne peut pas être négatif" }]);
    expect(issues(grid([1, Number.POSITIVE_INFINITY]))[0]?.path).toEqual([1, "weight"]);
    expect(issues(grid([Number.NaN]))[0]?.path).toEqual([0, "weight"]);
    expect(issues([{ code: "a", label: "A" }])).toEqual([{ path: [0, "weight"], message: "Champ obligatoire" }]);
    expect(issues(grid([0, 0]))).toEqual([{ path: [], message: "Au moins un critère doit avoir un poids supérieur à zéro" }]);
    expect(issues(grid([0, 0.5]))).toEqual([]);
  });

  it("refuses codes that are not kebab-case and unknown fields", () => {
    expect(issues([{ code: "Votes Atelier", label: "Votes", weight: 1 }])[0]?.path).toEqual([0, "code"]);
    expect(issues([{ code: "votes", label: "Votes", weight: 1, extra: true }])).toEqual([{ path: [0], message: "Champ inconnu : extra" }]);
  });
});

describe("rankProjects", () => {
  it("ranks three projects on the default grid by the weighted mean (hand-computed, Σw = 11)", () => {
    const ranking = rankProjects(defaultCriteria, [
      project("fibre-ecoles", defaultCriteria, [3, 3, 2, 3, 1, 4]), // 9+6+4+6+1+4 = 30 → 2.7272…
      project("tiers-lieu-verdun", defaultCriteria, [5, 4, 3, 4, 2, 5]), // 15+8+6+8+2+5 = 44 → 4
      project("france-services", defaultCriteria, [4, 4, 4, 3, 5, 3]), // 12+8+8+6+5+3 = 42 → 3.8181…
    ]);
    expect(ranking).toEqual([
      { projectId: "tiers-lieu-verdun", weightedScore: 4, rank: 1, missingCriteria: [] },
      { projectId: "france-services", weightedScore: 3.82, rank: 2, missingCriteria: [] },
      { projectId: "fibre-ecoles", weightedScore: 2.73, rank: 3, missingCriteria: [] },
    ]);
  });

  it("gives tied projects the same rank and skips the next (1, 1, 3), ordered by id", () => {
    const ranking = rankProjects(defaultCriteria, [
      project("p-c", defaultCriteria, [3, 3, 2, 3, 1, 4]),
      project("p-b", defaultCriteria, [5, 4, 3, 4, 2, 5]), // 44/11
      project("p-a", defaultCriteria, [4, 5, 4, 3, 5, 3]), // 12+10+8+6+5+3 = 44/11
    ]);
    expect(ranking.map((r) => [r.projectId, r.rank, r.weightedScore])).toEqual([
      ["p-a", 1, 4],
      ["p-b", 1, 4],
      ["p-c", 3, 2.73],
    ]);
  });

  it("treats means equal up to float noise as a tie (0.1·1 + 0.2·1 + 0.3·2 vs 0.1·2 + 0.2·2 + 0.3·1)", () => {
    const criteria = grid([0.1, 0.2, 0.3]);
    const ranking = rankProjects(criteria, [project("p-noisy", criteria, [1, 1, 2]), project("p-exact", criteria, [2, 2, 1])]);
    expect(ranking.map((r) => [r.projectId, r.rank, r.weightedScore])).toEqual([
      ["p-exact", 1, 1.5],
      ["p-noisy", 1, 1.5],
    ]);
  });

  it("ranks on the exact mean, not on the 2-decimal display", () => {
    const criteria = grid([1, 1000]);
    const ranking = rankProjects(criteria, [
      project("p-a", criteria, [4, 3]), // 3004/1001 = 3.000999…
      project("p-b", criteria, [5, 3]), // 3005/1001 = 3.001998…
    ]);
    expect(ranking.map((r) => [r.projectId, r.rank, r.weightedScore])).toEqual([
      ["p-b", 1, 3],
      ["p-a", 2, 3],
    ]);
  });

  it("ignores criteria of weight 0, even unscored, and scores on criteria outside the grid", () => {
    const criteria = grid([2, 0, 1]);
    const ranking = rankProjects(criteria, [
      { projectId: "p-a", scores: [score("c0", 2), score("c2", 5), score("retired-criterion", 5)] }, // (4+5)/3 = 3
      { projectId: "p-b", scores: [score("c0", 4), score("c1", 1), score("c2", 2)] }, // (8+2)/3 = 3.33…
    ]);
    expect(ranking).toEqual([
      { projectId: "p-b", weightedScore: 3.33, rank: 1, missingCriteria: [] },
      { projectId: "p-a", weightedScore: 3, rank: 2, missingCriteria: [] },
    ]);
  });

  it("puts projects missing a weighted criterion last, unranked, with what they miss in grid order", () => {
    const ranking = rankProjects(defaultCriteria, [
      project("p-z-partial", defaultCriteria, [5, 5, undefined, 5, 5, undefined]),
      project("p-scored", defaultCriteria, [1, 1, 1, 1, 1, 1]),
      project("p-a-blank", defaultCriteria, []),
    ]);
    expect(ranking).toEqual([
      { projectId: "p-scored", weightedScore: 1, rank: 1, missingCriteria: [] },
      { projectId: "p-a-blank", weightedScore: null, rank: null, missingCriteria: defaultCriteria.map((c) => c.code) },
      { projectId: "p-z-partial", weightedScore: null, rank: null, missingCriteria: ["maturite-faisabilite", "votes-atelier"] },
    ]);
  });

  it("counts the latest score of a criterion, whatever the order it was recorded in", () => {
    const criteria = grid([1, 1]);
    const ranking = rankProjects(criteria, [
      { projectId: "p-a", scores: [score("c0", 5, at(60)), score("c0", 1, at(0)), score("c1", 3, at(0))] }, // (5+3)/2
      { projectId: "p-b", scores: [score("c0", 5, at(0)), score("c0", 2, at(30)), score("c1", 3, at(0))] }, // (2+3)/2
    ]);
    expect(ranking.map((r) => [r.projectId, r.weightedScore])).toEqual([
      ["p-a", 4],
      ["p-b", 2.5],
    ]);
  });

  it("on equal dates, counts the score recorded last", () => {
    const criteria = grid([1]);
    const [ranked] = rankProjects(criteria, [{ projectId: "p", scores: [score("c0", 2), score("c0", 4)] }]);
    expect(ranked?.weightedScore).toBe(4);
  });

  it("ranks nobody on a grid without any weight above zero, and nothing when there are no projects", () => {
    expect(rankProjects(grid([0]), [project("p", grid([0]), [3])])).toEqual([
      { projectId: "p", weightedScore: null, rank: null, missingCriteria: [] },
    ]);
    expect(rankProjects(defaultCriteria, [])).toEqual([]);
  });
});

describe("rankingSensitivity", () => {
  // a is worth a little more than b: a −20 % or b +20 % turns it over; c is scored alike, so never matters.
  const criteria: Criterion[] = [
    { code: "a", label: "A", weight: 11 },
    { code: "b", label: "B", weight: 10 },
    { code: "c", label: "C", weight: 10 },
    { code: "off", label: "Hors jeu", weight: 0 },
  ];
  const projects = [
    project("p1", criteria, [4, 2, 3]), // (44+20+30)/31 = 3.03
    project("p2", criteria, [2, 4, 3]), // (22+40+30)/31 = 2.97
    project("p3", criteria, [1, 1, 1]),
    project("p4-unscored", criteria, [5]),
  ];
  const swap = [
    { projectId: "p1", rankBefore: 1, rankAfter: 2 },
    { projectId: "p2", rankBefore: 2, rankAfter: 1 },
  ];

  it("gives one entry per weighted criterion and change, empty when nothing moves", () => {
    expect(ranks(rankProjects(criteria, projects))).toEqual([
      ["p1", 1],
      ["p2", 2],
      ["p3", 3],
      ["p4-unscored", null],
    ]);
    expect(rankingSensitivity(criteria, projects)).toEqual([
      { criterionCode: "a", change: "+20%", movedProjects: [] },
      { criterionCode: "a", change: "-20%", movedProjects: swap },
      { criterionCode: "b", change: "+20%", movedProjects: swap },
      { criterionCode: "b", change: "-20%", movedProjects: [] },
      { criterionCode: "c", change: "+20%", movedProjects: [] },
      { criterionCode: "c", change: "-20%", movedProjects: [] },
    ]);
  });

  it("lists a project that only comes to share a rank", () => {
    const even = criteria.map((c) => (c.code === "a" ? { ...c, weight: 12 } : c)); // b +20 % makes a and b equal
    const result = rankingSensitivity(even, projects).find((r) => r.criterionCode === "b" && r.change === "+20%");
    expect(result?.movedProjects).toEqual([{ projectId: "p2", rankBefore: 2, rankAfter: 1 }]);
  });

  it("sums it up in French", () => {
    expect(robustnessSummary(rankingSensitivity(criteria, projects))).toBe(
      "2 projets changent de rang si un poids varie de ±20 % : a −20 % (p1 1→2, p2 2→1) ; b +20 % (p1 1→2, p2 2→1).",
    );
    const robust = projects.filter((p) => p.projectId !== "p2");
    expect(robustnessSummary(rankingSensitivity(criteria, robust))).toBe(
      "Classement stable : aucune variation de ±20 % d'un poids ne change l'ordre.",
    );
    expect(robustnessSummary([{ criterionCode: "a", change: "+20%", movedProjects: [swap[1]!] }])).toBe(
      "1 projet change de rang si un poids varie de ±20 % : a +20 % (p2 2→1).",
    );
    expect(robustnessSummary([])).toBe("Aucun critère pondéré : pas d'analyse de sensibilité possible.");
  });
});

describe("rankProjects properties", () => {
  const weightsArb = fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 6 }).filter((ws) => ws.some((w) => w > 0));
  const valueArb = fc.option(fc.integer({ min: 1, max: 5 }), { freq: 8, nil: undefined });
  /** A grid and 1–8 projects, each criterion scored 1–5 or (sometimes) not at all. */
  const caseArb = weightsArb.chain((weights) =>
    fc.record({
      criteria: fc.constant(grid(weights)),
      matrix: fc.array(fc.array(valueArb, { minLength: weights.length, maxLength: weights.length }), { minLength: 1, maxLength: 8 }),
    }),
  );
  const projectsOf = (criteria: Criterion[], matrix: (number | undefined)[][]) => matrix.map((values, i) => project(`p${i}`, criteria, values));

  it("(a) raising one score of one project never worsens its rank nor lowers its weighted score", () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 }), ({ criteria, matrix }, pi, ci, raise) => {
        const i = pi % matrix.length;
        const j = ci % criteria.length;
        const current = matrix[i]![j];
        fc.pre(current !== undefined && current < 5);
        const raised = matrix.map((row, r) => (r === i ? row.map((v, c) => (c === j ? Math.min(5, current! + raise) : v)) : row));
        const find = (ranking: RankedProject[]) => ranking.find((r) => r.projectId === `p${i}`)!;
        const before = find(rankProjects(criteria, projectsOf(criteria, matrix)));
        const after = find(rankProjects(criteria, projectsOf(criteria, raised)));
        if (before.rank === null) {
          expect(after.rank).toBeNull();
        } else {
          expect(after.rank).not.toBeNull();
          expect(after.rank!).toBeLessThanOrEqual(before.rank);
          expect(after.weightedScore! - before.weightedScore!).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("(b) multiplying every weight by the same positive constant changes nothing", () => {
    fc.assert(
      fc.property(caseArb, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ criteria, matrix }, k) => {
        const scaled = criteria.map((c) => ({ ...c, weight: c.weight * k }));
        const projects = projectsOf(criteria, matrix);
        expect(rankProjects(scaled, projects)).toEqual(rankProjects(criteria, projects));
      }),
      { numRuns: 500 },
    );
  });

  it("(c) permuting the projects, and the scores within each, gives the same output", () => {
    const shuffled = <T>(items: T[]) => fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length });
    const scoreArb = (codes: number) => fc.record({ c: fc.integer({ min: 0, max: codes }), value: fc.integer({ min: 1, max: 5 }) });
    const arb = weightsArb.chain((weights) =>
      fc
        .array(fc.array(scoreArb(weights.length), { maxLength: 12 }), { minLength: 1, maxLength: 8 })
        .map((rows) =>
          // Distinct dates within a project ("c{n}" is outside the grid): the latest is well defined.
          rows.map((row, i): ProjectScores => ({ projectId: `p${i}`, scores: row.map((s, t) => score(`c${s.c}`, s.value, at(t))) })),
        )
        .chain((projects) =>
          fc.record({
            criteria: fc.constant(grid(weights)),
            projects: fc.constant(projects),
            shuffled: shuffled(projects).chain((order) => fc.tuple(...order.map((p) => shuffled(p.scores).map((scores) => ({ ...p, scores }))))),
          }),
        ),
    );
    fc.assert(
      fc.property(arb, ({ criteria, projects, shuffled }) => {
        expect(rankProjects(criteria, shuffled)).toEqual(rankProjects(criteria, projects));
        expect(rankingSensitivity(criteria, shuffled)).toEqual(rankingSensitivity(criteria, projects));
      }),
      { numRuns: 300 },
    );
  });

  it("always returns each project once, ranked ones first with competition ranks (1, 1, 3)", () => {
    fc.assert(
      fc.property(caseArb, ({ criteria, matrix }) => {
        const ranking = rankProjects(criteria, projectsOf(criteria, matrix));
        expect(ranking.map((r) => r.projectId).sort()).toEqual(matrix.map((_, i) => `p${i}`).sort());
        const ranked = ranking.filter((r) => r.rank !== null);
        expect(ranking.slice(0, ranked.length)).toEqual(ranked);
        // Integer weights ≤ 5 on ≤ 6 criteria: distinct means differ by ≥ 1/30, so equal displays are true ties.
        ranked.forEach((r, position) => {
          const previous = ranked[position - 1];
          expect(r.rank).toBe(previous && r.weightedScore === previous.weightedScore ? previous.rank : position + 1);
          expect(r.missingCriteria).toEqual([]);
        });
        ranking.slice(ranked.length).forEach((r) => expect(r.missingCriteria.length).toBeGreaterThan(0));
      }),
      { numRuns: 300 },
    );
  });
});
