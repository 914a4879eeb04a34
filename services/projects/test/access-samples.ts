import type { SampleTable } from "@tetris/shared/testing";
import { loadedCase, type Env, type Service } from "./projects-test-kit.js";

const REFERENT = "Référente confidentielle de la Meuse";

/**
 * Département A (Meuse, 55) with something behind every procedure: three projects from the
 * workshop's events, the first selected and in accompaniment with a milestone, the second
 * selected but not planned yet.
 */
export async function meuseProjects(service: Service, env: Env) {
  const c = await loadedCase(service, env);
  const [planned, selected, proposed] = c.projectIds as [string, string, string];
  const levers = (await c.anct.query<{ code: string }[]>("levers.list")).data.map((l) => l.code);
  await c.anct.mutate("projects.decide", { projectId: planned, outcome: "selected", reason: "Répond aux deux premiers besoins" });
  await c.anct.mutate("projects.decide", { projectId: selected, outcome: "selected", reason: "Tiers-lieu attendu par la ville" });
  const plan = await c.anct.mutate("projects.planAccompaniment", {
    projectId: planned, referent: REFERENT, levers: levers.slice(0, 1), milestones: [{ title: "Étude de faisabilité", dueDate: "2099-06-30" }],
  });
  if (plan.status !== 200) throw new Error(`projects.planAccompaniment: ${plan.status} ${plan.error?.message}`);
  const project = await c.anct.query<{ plan: { milestones: { milestoneId: string }[] } }>("projects.get", { projectId: planned });
  return {
    caseId: c.caseId,
    planned,
    selected,
    proposed,
    levers,
    milestoneId: project.data.plan.milestones[0]!.milestoneId,
    ranking: async () => (await c.anct.query<{ version: number; criteria: { code: string }[] }>("prioritisation.ranking", { caseId: c.caseId })).data,
    /** What a caller of another département must never read. */
    secrets: [c.caseId, ...c.projectIds, ...c.candidates.map((x) => x.title), ...c.needs.map((n) => n.statement), REFERENT],
  };
}
export type MeuseProjects = Awaited<ReturnType<typeof meuseProjects>>;

/**
 * One valid input per procedure, in the order the allowed callers run them: the milestone
 * before pausing the project it belongs to.
 */
export const projectsSamples: SampleTable<MeuseProjects> = {
  "cases.list": () => ({ input: undefined }),
  "levers.list": () => ({ input: undefined, scope: "global" }),
  "levers.save": () => ({ input: { code: "levier-matrice", label: "Levier de test", family: "reseau", description: "Un levier ajouté par le test d'accès" }, scope: "global" }),
  "national.view": () => ({ input: undefined, scope: "global" }),
  "prioritisation.ranking": (a) => ({ input: { caseId: a.caseId } }),
  "prioritisation.setCriteria": async (a) => {
    const ranking = await a.ranking();
    return { input: { caseId: a.caseId, expectedVersion: ranking.version, criteria: ranking.criteria } };
  },
  "prioritisation.score": async (a) => ({
    input: { projectId: a.proposed, criterionCode: (await a.ranking()).criteria[0]!.code, score: 4, justification: "Porté par une intercommunalité motivée" },
  }),
  // Three projects are not scored on every criterion: publishing is refused, after the access check.
  "prioritisation.publish": (a) => ({ input: { caseId: a.caseId }, firstStatus: 409 }),
  "projects.byCase": (a) => ({ input: { caseId: a.caseId } }),
  "projects.get": (a) => ({ input: { projectId: a.planned } }),
  "projects.traceability": (a) => ({ input: { projectId: a.planned } }),
  "projects.timeline": (a) => ({ input: { caseId: a.caseId } }),
  "projects.decide": (a) => ({ input: { projectId: a.proposed, outcome: "not-selected", reason: "Hors du périmètre de cette édition" } }),
  "projects.planAccompaniment": (a) => ({
    input: { projectId: a.selected, referent: "Référent ANCT", levers: a.levers.slice(0, 1), milestones: [{ title: "Lancement", dueDate: "2099-01-31" }] },
  }),
  "projects.updateMilestone": (a) => ({ input: { projectId: a.planned, milestoneId: a.milestoneId, status: "done", doneOn: "2026-01-10" } }),
  "projects.addJournalEntry": (a) => ({ input: { projectId: a.planned, text: "Point d'étape avec la collectivité" } }),
  "projects.changeStatus": (a) => ({ input: { projectId: a.planned, to: "paused", reason: "En attente du financement" } }),
};
