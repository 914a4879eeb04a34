import { eventTopic, parseEventBytes, type DomainEvent } from "@tetris/shared";
import { apiClient, isolatedTestEnvironment, readTopic, testKafka, testToken, type ApiClient } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadedCase, startProjects, type Service } from "./projects-test-kit.js";

const env = isolatedTestEnvironment("prioritisation");
let service: Service;
let c: Awaited<ReturnType<typeof loadedCase>>;
let anct: ApiClient;

type Ranking = {
  version: number;
  criteria: { code: string; weight: number }[];
  ranking: { projectId: string; rank: number | null; weightedScore: number | null; missingCriteria: string[] }[];
  sensitivity: { criterionCode: string; change: string; movedProjects: unknown[] }[];
  robustness: string;
};

async function projectsEvents(count: number): Promise<DomainEvent[]> {
  const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "projects"), count);
  return messages.map((m) => parseEventBytes(m.value));
}

beforeAll(async () => {
  service = await startProjects(env);
  c = await loadedCase(service, env);
  anct = c.anct;
});
afterAll(async () => service?.stop());

describe("prioritisation", () => {
  it("derives the ranking from justified scores on the case's grid", async () => {
    const before = await anct.query<Ranking>("prioritisation.ranking", { caseId: c.caseId });
    expect(before.data.criteria.map((k) => k.code)).toContain("besoins-prioritaires");
    expect(before.data.ranking.every((r) => r.rank === null)).toBe(true);

    // Project 0 gets 5 everywhere, project 1 gets 3, project 2 gets 2.
    for (const [index, score] of [[0, 5], [1, 3], [2, 2]] as const) {
      for (const criterion of before.data.criteria) {
        const scored = await anct.mutate("prioritisation.score", {
          projectId: c.projectIds[index], criterionCode: criterion.code, score, justification: `Note ${score} argumentée pour ${criterion.code}`,
        });
        expect(scored.status).toBe(200);
      }
    }
    const ranking = await anct.query<Ranking>("prioritisation.ranking", { caseId: c.caseId });
    expect(ranking.data.ranking.map((r) => [r.projectId, r.rank, r.weightedScore])).toEqual([
      [c.projectIds[0], 1, 5],
      [c.projectIds[1], 2, 3],
      [c.projectIds[2], 3, 2],
    ]);
    expect(ranking.data.sensitivity.length).toBe(2 * ranking.data.criteria.filter((k) => k.weight > 0).length);
    expect(ranking.data.robustness).toMatch(/stable/i);

    // A later score replaces the earlier one: project 2 climbs above project 1 on every criterion.
    for (const criterion of before.data.criteria) {
      await anct.mutate("prioritisation.score", { projectId: c.projectIds[2], criterionCode: criterion.code, score: 4, justification: "Réévalué après échange avec le porteur" });
    }
    const after = await anct.query<Ranking>("prioritisation.ranking", { caseId: c.caseId });
    expect(after.data.ranking.map((r) => r.projectId)).toEqual([c.projectIds[0], c.projectIds[2], c.projectIds[1]]);
  });

  it("refuses a score without justification, on an unknown criterion, or from someone who is not ANCT", async () => {
    const terse = await anct.mutate("prioritisation.score", { projectId: c.projectIds[0], criterionCode: "besoins-prioritaires", score: 4, justification: "ok" });
    expect(terse.status).toBe(400);
    expect(terse.error?.data.issues?.map((i) => i.path)).toEqual(["justification"]);
    const unknown = await anct.mutate("prioritisation.score", { projectId: c.projectIds[0], criterionCode: "inconnu", score: 4, justification: "Justification suffisante" });
    expect(unknown.error?.data.issues?.map((i) => i.path)).toEqual(["criterionCode"]);
    expect((await anct.mutate("prioritisation.score", { projectId: c.projectIds[0], criterionCode: "besoins-prioritaires", score: 6, justification: "Justification suffisante" })).status).toBe(400);
    const prefecture = apiClient(service.url, await testToken("prefecture", ["55"]));
    expect((await prefecture.mutate("prioritisation.score", { projectId: c.projectIds[0], criterionCode: "besoins-prioritaires", score: 4, justification: "Justification suffisante" })).status).toBe(403);
    expect((await prefecture.query("prioritisation.ranking", { caseId: c.caseId })).status).toBe(200);
    const ariege = apiClient(service.url, await testToken("prefecture", ["09"]));
    const foreign = await ariege.query("prioritisation.ranking", { caseId: c.caseId });
    expect(foreign).toMatchObject({ status: 404, data: undefined });
    expect(foreign.error).toEqual((await ariege.query("prioritisation.ranking", { caseId: "case-09-2099" })).error);
  });

  it("changes weights at the grid's version and publishes one ProjectPrioritised per project", async () => {
    const grid = (await anct.query<Ranking>("prioritisation.ranking", { caseId: c.caseId })).data;
    const criteria = grid.criteria.map((k) => ({ ...k, weight: k.code === "votes-atelier" ? 4 : k.weight }));
    expect((await anct.mutate("prioritisation.setCriteria", { caseId: c.caseId, expectedVersion: grid.version, criteria })).status).toBe(200);
    expect((await anct.mutate("prioritisation.setCriteria", { caseId: c.caseId, expectedVersion: grid.version, criteria })).status).toBe(409);
    expect((await anct.mutate("prioritisation.publish", { caseId: c.caseId })).status).toBe(200);
    const events = (await projectsEvents(3)).filter((e) => e.type === "ProjectPrioritised");
    expect(events.map((e) => e.type === "ProjectPrioritised" && [e.payload.projectId, e.payload.rank])).toEqual([
      [c.projectIds[0], 1],
      [c.projectIds[2], 2],
      [c.projectIds[1], 3],
    ]);
  });
});

describe("decisions", () => {
  it("selects or not, with the reason, by whom and when, and announces it", async () => {
    const selected = await anct.mutate<{ status: string }>("projects.decide", { projectId: c.projectIds[0], outcome: "selected", reason: "Premier du classement, porteur prêt" });
    expect(selected.data.status).toBe("selected");
    await anct.mutate("projects.decide", { projectId: c.projectIds[1], outcome: "not-selected", reason: "Déjà financé par le plan régional" });
    const project = await anct.query<{ decision: { reason: string; decidedBy: string } }>("projects.get", { projectId: c.projectIds[1] });
    expect(project.data.decision).toMatchObject({ reason: "Déjà financé par le plan régional", decidedBy: "test-anct" });
    const events = await projectsEvents(5);
    expect(events.filter((e) => e.type === "ProjectSelected" || e.type === "ProjectNotSelected").map((e) => e.type)).toEqual(["ProjectSelected", "ProjectNotSelected"]);
    const noReason = await anct.mutate("projects.decide", { projectId: c.projectIds[2], outcome: "selected", reason: "" });
    expect(noReason.error?.data.issues?.map((i) => i.path)).toEqual(["reason"]);
  });
});
