import { apiClient, isolatedTestEnvironment, testToken, waitFor, type ApiClient } from "@tetris/shared/testing";
import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServiceProcess, type ServiceProcess } from "./service-process.js";

const env = isolatedTestEnvironment("e2e");
const running: Partial<Record<"questionnaire" | "workshops" | "projects", ServiceProcess>> = {};

async function start(
  name: "questionnaire" | "workshops" | "projects",
  extra: Record<string, string> = {},
  until: "ready" | "alive" = "ready",
) {
  running[name] = await startServiceProcess(name, env.env(name, extra), until);
  return running[name];
}

let anct: { questionnaire: ApiClient; workshops: ApiClient; projects: ApiClient };

function campaign(departmentCode: string, edition: number) {
  return {
    departmentCode,
    edition,
    title: `Questionnaire de cadrage Tétris — ${departmentCode}`,
    closesAt: "2027-01-31T23:59:59.000Z",
    invitations: [{ organisation: "Association des maires", actorType: "association-des-maires" }],
  };
}

async function openAndClose(departmentCode: string, edition: number) {
  const opened = await anct.questionnaire.mutate<{ campaignId: string; caseId: string }>(
    "campaigns.open",
    campaign(departmentCode, edition),
  );
  expect(opened.status).toBe(200);
  const closed = await anct.questionnaire.mutate("campaigns.close", { campaignId: opened.data.campaignId });
  expect(closed.status).toBe(200);
  return opened.data;
}

async function timelineTypes(caseId: string) {
  return (await anct.projects.query<{ type: string }[]>("projects.timeline", { caseId })).data.map((e) => e.type);
}

beforeAll(async () => {
  const token = await testToken("anct");
  for (const name of ["questionnaire", "workshops", "projects"] as const) {
    const service = await start(name);
    anct = { ...anct, [name]: apiClient(service.url, token) };
  }
});

afterAll(async () => {
  await Promise.all(Object.values(running).map((s) => s?.stop()));
});

describe("the walking skeleton, across three processes, the real broker and the real database", () => {
  it("closing a campaign opens a workshop; completing it registers the project", async () => {
    const { caseId } = await openAndClose("09", 2026);

    const workshop = await waitFor(async () => {
      const answer = await anct.workshops.query<{ workshopId: string; version: number; sessions: unknown[] }>("workshops.byCase", { caseId });
      return answer.status === 200 && answer.data;
    }, { what: "the draft workshop" });
    expect(workshop.sessions).toHaveLength(4);

    const candidate = await anct.workshops.mutate<{ candidateId: string }>("candidates.create", {
      workshopId: workshop.workshopId,
      title: "Réseau de tiers-lieux de l'Ariège",
      kind: "tiers-lieu",
      leadOrganisation: "Conseil départemental de l'Ariège",
      maturity: "projet-defini",
    });
    expect(candidate.status).toBe(200);
    const completed = await anct.workshops.mutate("workshops.complete", { workshopId: workshop.workshopId, expectedVersion: workshop.version });
    expect(completed.status).toBe(200);

    const projects = await waitFor(async () => {
      const answer = await anct.projects.query<{ candidateId: string; title: string }[]>("projects.byCase", { caseId });
      return answer.data?.length === 1 && answer.data;
    }, { what: "the registered project" });
    expect(projects[0]).toMatchObject({ candidateId: candidate.data.candidateId, title: "Réseau de tiers-lieux de l'Ariège" });

    await waitFor(async () => (await timelineTypes(caseId)).length === 4, { what: "the whole timeline" });
    expect(await timelineTypes(caseId)).toEqual([
      "CampaignOpened",
      "CampaignClosed",
      "CandidateProjectProposed",
      "WorkshopCompleted",
    ]);
  });

  it("a consumer killed while an event was published handles it once it is back", async () => {
    await running.workshops!.kill();
    const { caseId } = await openAndClose("2A", 2026);
    await waitFor(async () => (await timelineTypes(caseId)).includes("CampaignClosed"), { what: "the event on the broker" });

    const workshops = await start("workshops");
    const back = apiClient(workshops.url, await testToken("anct"));
    const draft = await waitFor(async () => {
      const answer = await back.query<{ status: string }>("workshops.byCase", { caseId });
      return answer.status === 200 && answer.data;
    }, { what: "the draft prepared after restart", timeoutMs: 45_000 });
    expect(draft.status).toBe("draft");
  });

  it("a service killed between its database write and its publish publishes the event after restart", async () => {
    await running.questionnaire!.stop();
    // Point the questionnaire at a broker that does not answer: the write succeeds, the
    // event stays in the outbox; then the process dies without any shutdown.
    const cutOff = await start("questionnaire", { KAFKA_BROKERS: "127.0.0.1:9" }, "alive");
    const token = await testToken("prefecture", ["971"]);
    const opened = await apiClient(cutOff.url, token).mutate<{ caseId: string; campaignId: string }>(
      "campaigns.open",
      campaign("971", 2026),
    );
    expect(opened.status).toBe(200);
    await cutOff.kill();

    const db = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName("questionnaire") }).asPromise();
    try {
      const stored = await db.collection("campaigns").findOne({ caseId: opened.data.caseId });
      expect(stored).toMatchObject({ outboxPending: true });
      expect(stored?.outbox).toHaveLength(1);

      const restarted = await start("questionnaire");
      anct.questionnaire = apiClient(restarted.url, await testToken("anct"));
      await waitFor(async () => (await timelineTypes(opened.data.caseId)).includes("CampaignOpened"), {
        what: "the CampaignOpened written before the crash",
      });
      await waitFor(async () => (await db.collection("campaigns").findOne({ caseId: opened.data.caseId }))?.outboxPending === false, {
        what: "the outbox to be marked sent",
      });
    } finally {
      await db.close();
    }
  });
});
