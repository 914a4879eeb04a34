import { randomUUID } from "node:crypto";
import { createEvent } from "@tetris/shared";
import {
  apiClient,
  eventFixture,
  isolatedTestEnvironment,
  startServiceForTest,
  testPublisher,
  testToken,
  waitFor,
} from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectsConfigSchema } from "../src/config.js";
import { wireProjects } from "../src/wiring.js";

const env = isolatedTestEnvironment("projects");
const publisher = testPublisher(env);
let service: Awaited<ReturnType<typeof startServiceForTest>>;

const caseId = `case-55-${randomUUID().slice(0, 4)}`;
const context = { caseId, departmentCode: "55", correlationId: "corr-projects", causationId: null };
const at = (iso: string) => new Date(iso);
const opened = createEvent("CampaignOpened", context, eventFixture("CampaignOpened").payload, at("2026-02-01T08:00:00Z"));
const proposed = createEvent(
  "CandidateProjectProposed",
  context,
  eventFixture("CandidateProjectProposed").payload,
  at("2026-03-20T16:59:00Z"),
);
const completed = createEvent("WorkshopCompleted", context, eventFixture("WorkshopCompleted").payload, at("2026-03-20T17:00:00Z"));

type ProjectView = { projectId: string; candidateId: string; workshopVotes: number };

beforeAll(async () => {
  service = await startServiceForTest("projects", projectsConfigSchema, wireProjects, env);
});
afterAll(async () => {
  await service?.stop();
  await publisher.disconnect();
});

describe("projects intake", () => {
  it("registers a proposed candidate once, with its needs and evidence, and builds the case timeline", async () => {
    await publisher.publish([opened, proposed, proposed, completed]);
    const anct = apiClient(service.url, await testToken("anct"));
    const timeline = await waitFor(async () => {
      const answer = await anct.query<{ type: string; summary: string }[]>("projects.timeline", { caseId });
      return answer.data?.length === 3 && answer.data;
    });
    expect(timeline.map((e) => e.type)).toEqual(["CampaignOpened", "CandidateProjectProposed", "WorkshopCompleted"]);
    expect(timeline[1]!.summary).toContain("Bus France Services numérique itinérant");

    const projects = await anct.query<ProjectView[]>("projects.byCase", { caseId });
    expect(projects.data).toHaveLength(1);
    expect(projects.data[0]).toMatchObject({ candidateId: proposed.payload.candidateId, workshopVotes: 7 });
    const trace = await anct.query<{ needs: { needId: string; answers: unknown[] }[] }>("projects.traceability", { projectId: projects.data[0]!.projectId });
    expect(trace.data.needs.map((n) => n.needId)).toEqual(proposed.payload.needs.map((n) => n.needId));
    expect(trace.data.needs[0]!.answers).toEqual(proposed.payload.needs[0]!.evidence);
  });

  it("shows a case only to those who may see its département", async () => {
    await waitFor(async () => (await apiClient(service.url, await testToken("anct")).query<unknown[]>("projects.byCase", { caseId })).data.length);
    const ariege = apiClient(service.url, await testToken("prefecture", ["09"]));
    expect((await ariege.query("projects.byCase", { caseId })).data).toEqual([]);
    expect((await ariege.query("projects.timeline", { caseId })).data).toEqual([]);
    // A project of another département, read or written by its id, answers like an unknown one.
    const [project] = (await apiClient(service.url, await testToken("anct")).query<ProjectView[]>("projects.byCase", { caseId })).data;
    for (const [call, procedure, input] of [
      ["query", "projects.get", {}],
      ["query", "projects.traceability", {}],
      ["mutate", "projects.addJournalEntry", { text: "Écrit par un autre département" }],
    ] as const) {
      const foreign = await ariege[call](procedure, { ...input, projectId: project!.projectId });
      expect(foreign).toMatchObject({ status: 404, data: undefined });
      expect(foreign.error).toEqual((await ariege[call](procedure, { ...input, projectId: "projet-inconnu" })).error);
    }
    const partner = apiClient(service.url, await testToken("partner", ["55"]));
    expect((await partner.query<unknown[]>("projects.byCase", { caseId })).data).toHaveLength(1);
    expect((await apiClient(service.url).query("projects.byCase", { caseId })).status).toBe(401);
    expect((await partner.query("projects.byCase", { caseId: "" })).status).toBe(400);
  });
});
