import { canActOn, conflict, createEvent, insertOnce, invalidFields, newWithEvents, notFound, saveAtVersion, type Principal } from "@tetris/shared";
import { z } from "zod";
import { criteriaSchema, defaultCriteria } from "../domain/prioritisation/default-criteria.js";
import type { Criterion } from "../domain/prioritisation/prioritisation-types.js";
import { rankingSensitivity, robustnessSummary } from "../domain/prioritisation/sensitivity.js";
import { rankProjects } from "../domain/prioritisation/weighted-ranking.js";
import type { CaseGridDocument } from "../infrastructure/case-grid.model.js";
import type { ProjectsDeps } from "./deps.js";
import { loadProjectFor, saveProject } from "./load-project.js";

/** The grid of a case; a case that has none yet gets the default criteria (written on first use). */
async function gridOf(deps: ProjectsDeps, caseId: string, departmentCode: string): Promise<CaseGridDocument> {
  const grid = await deps.grids.findById(caseId).lean();
  if (grid) return grid;
  await insertOnce(deps.grids, { _id: caseId, departmentCode, criteria: defaultCriteria, publishedRanking: null, publishedAt: null, ...newWithEvents([]) });
  return (await deps.grids.findById(caseId).lean())!;
}

const gridChanged = "La grille a été modifiée entre-temps : rechargez-la";

/**
 * The projects of a case the caller may see, and the département they belong to. Another
 * département's case answers like a case without projects: case ids are guessable.
 */
async function caseProjects(deps: ProjectsDeps, caseId: string, principal: Principal) {
  const projects = await deps.projects.find({ caseId }, { outbox: 0 }).lean();
  const departmentCode = projects[0]?.departmentCode;
  if (departmentCode === undefined || !canActOn(principal, departmentCode)) notFound("Dossier sans projet");
  return { projects, departmentCode };
}

export const criteriaInput = z.object({ caseId: z.string().trim().min(1).max(100), expectedVersion: z.number().int().positive(), criteria: criteriaSchema });

/** Changes the criteria or their weights (ANCT); scores already given stay, the ranking follows. */
export async function setCriteria(deps: ProjectsDeps, input: z.infer<typeof criteriaInput>, principal: Principal) {
  const { departmentCode } = await caseProjects(deps, input.caseId, principal);
  await gridOf(deps, input.caseId, departmentCode);
  const version = await saveAtVersion(deps.grids, { _id: input.caseId, version: input.expectedVersion }, { $set: { criteria: input.criteria } }, { changedMeanwhile: gridChanged });
  return { version };
}

export const scoreInput = z.object({
  projectId: z.string().trim().min(1).max(100),
  criterionCode: z.string().trim().min(1).max(60),
  score: z.number().int().min(1).max(5),
  justification: z.string().trim().min(10, "Justifiez la note en quelques mots (10 caractères au moins)").max(2000),
});

/** Scores one project on one criterion, with the agent's written justification; earlier scores are kept. */
export async function scoreProject(deps: ProjectsDeps, input: z.infer<typeof scoreInput>, principal: Principal) {
  const project = await loadProjectFor(deps, input.projectId, principal);
  const grid = await gridOf(deps, project.caseId, project.departmentCode);
  if (!grid.criteria.some((c) => c.code === input.criterionCode)) invalidFields([{ path: "criterionCode", message: "Critère absent de la grille du dossier" }]);
  const score = { criterionCode: input.criterionCode, score: input.score, justification: input.justification, scoredBy: principal.subject, scoredAt: deps.now() };
  await saveProject(deps, project, { $push: { scores: score } });
  return score;
}

function ranking(criteria: Criterion[], projects: { _id: string; scores: Parameters<typeof rankProjects>[1][number]["scores"] }[]) {
  return rankProjects(criteria, projects.map((p) => ({ projectId: p._id, scores: p.scores })));
}

/** The grid, the derived ranking, and how robust it is to a ±20 % change of any weight. */
export async function caseRanking(deps: ProjectsDeps, caseId: string, principal: Principal) {
  const { projects, departmentCode } = await caseProjects(deps, caseId, principal);
  const grid = await gridOf(deps, caseId, departmentCode);
  const scored = projects.map((p) => ({ projectId: p._id, scores: p.scores }));
  const sensitivity = rankingSensitivity(grid.criteria, scored);
  const titles = new Map(projects.map((p) => [p._id, p.title]));
  return {
    caseId,
    version: grid.version,
    criteria: grid.criteria,
    ranking: ranking(grid.criteria, projects).map((r) => ({ ...r, title: titles.get(r.projectId)! })),
    sensitivity,
    robustness: robustnessSummary(sensitivity),
    publishedAt: grid.publishedAt?.toISOString() ?? null,
  };
}

/** Publishes the ranking: one ProjectPrioritised per ranked project, all in the grid's one write. */
export async function publishRanking(deps: ProjectsDeps, caseId: string, principal: Principal, correlationId: string) {
  const { projects, departmentCode } = await caseProjects(deps, caseId, principal);
  const grid = await gridOf(deps, caseId, departmentCode);
  const ranked = ranking(grid.criteria, projects);
  const unscored = ranked.filter((r) => r.rank === null);
  if (unscored.length > 0) conflict(`${unscored.length} projet(s) ne sont pas notés sur tous les critères`);
  const now = deps.now();
  const events = ranked.map((r) => {
    const project = projects.find((p) => p._id === r.projectId)!;
    const latest = new Map<string, number>();
    for (const s of [...project.scores].sort((a, b) => +new Date(a.scoredAt) - +new Date(b.scoredAt))) latest.set(s.criterionCode, s.score);
    return createEvent(
      "ProjectPrioritised",
      { caseId, departmentCode, correlationId, causationId: null },
      {
        projectId: r.projectId,
        weightedScore: r.weightedScore!,
        rank: r.rank!,
        criteria: grid.criteria.filter((c) => latest.has(c.code)).map((c) => ({ code: c.code, weight: c.weight, score: latest.get(c.code)! })),
      },
      now,
    );
  });
  await saveAtVersion(deps.grids, grid, { $set: { publishedRanking: ranked, publishedAt: now } }, { events, eventsQueued: deps.eventsQueued, changedMeanwhile: gridChanged });
  return { published: events.length, publishedAt: now.toISOString() };
}
