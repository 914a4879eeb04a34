import { randomUUID } from "node:crypto";
import { createEvent, eventTopic, parseEventBytes, type EventOf } from "@tetris/shared";
import {
  apiClient,
  eventFixture,
  isolatedTestEnvironment,
  readTopic,
  startServiceForTest,
  testPublisher,
  testKafka,
  testToken,
  waitFor,
} from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workshopsConfigSchema } from "../src/config.js";
import { wireWorkshops } from "../src/wiring.js";

const env = isolatedTestEnvironment("workshops");
const publisher = testPublisher(env);
let service: Awaited<ReturnType<typeof startServiceForTest>>;

const caseId = "case-09-2026";
const golden = eventFixture("CampaignClosed");
const campaignClosed: EventOf<"CampaignClosed"> = createEvent(
  "CampaignClosed",
  { caseId, departmentCode: "09", correlationId: "corr-close-09", causationId: null },
  {
    ...golden.payload,
    campaignId: "campaign-ariege",
    rankedThemes: ["tiers-lieux", "inclusion-mediation", "e-sante", "infrastructures", "e-education"].map((code, i) => ({
      ...golden.payload.rankedThemes[0]!,
      themeCode: code,
      label: code,
      rank: i + 1,
      score: 10 - i,
    })),
  },
);
const need = eventFixture("NeedCaptured").payload.need;

type WorkshopView = { workshopId: string; status: string; sessions: { themeCode: string }[]; candidates: unknown[] };

beforeAll(async () => {
  service = await startServiceForTest("workshops", workshopsConfigSchema, wireWorkshops, env);
});
afterAll(async () => {
  await service?.stop();
  await publisher.disconnect();
});

describe("workshops", () => {
  let workshopId: string;

  it("prepares one draft day from a real CampaignClosed, once even when the event comes twice", async () => {
    await publisher.publish([campaignClosed, campaignClosed]);
    const prefecture = apiClient(service.url, await testToken("prefecture", ["09"]));
    const draft = await waitFor(async () => {
      const answer = await prefecture.query<WorkshopView>("workshops.byCase", { caseId });
      return answer.status === 200 && answer.data;
    });
    workshopId = draft.workshopId;
    expect(draft.status).toBe("draft");
    // One session per priority theme, in ranking order.
    expect(draft.sessions.map((s) => s.themeCode)).toEqual(["tiers-lieux", "inclusion-mediation", "e-sante", "infrastructures"]);
    // A second delivery (another id: a replay) meets the same draft.
    await publisher.publish([{ ...campaignClosed, id: randomUUID() }]);
    await new Promise((r) => setTimeout(r, 1000));
    const anct = apiClient(service.url, await testToken("anct"));
    expect((await anct.query<WorkshopView>("workshops.byCase", { caseId })).data.workshopId).toBe(workshopId);
  });

  it("refuses bad candidates with the field at fault, and foreign départements", async () => {
    const prefecture = apiClient(service.url, await testToken("prefecture", ["09"]));
    const bad = await prefecture.mutate("workshops.proposeCandidate", {
      workshopId,
      title: "Tiers-lieu de Foix",
      kind: "tiers-lieu",
      leadOrganisation: "Mairie de Foix",
      maturity: "idee",
      budgetRange: { minEuros: 50_000, maxEuros: 10_000 },
    });
    expect(bad.status).toBe(400);
    expect(bad.error?.data.issues?.map((i) => i.path)).toEqual(["budgetRange.maxEuros"]);
    const meuse = apiClient(service.url, await testToken("prefecture", ["55"]));
    expect((await meuse.query("workshops.byCase", { caseId })).status).toBe(403);
    expect((await meuse.mutate("workshops.complete", { workshopId })).status).toBe(403);
    const partner = apiClient(service.url, await testToken("partner", ["09"]));
    expect((await partner.mutate("workshops.complete", { workshopId })).status).toBe(403);
  });

  it("completes the day: the candidates with their needs, then WorkshopCompleted, and freezes it", async () => {
    const prefecture = apiClient(service.url, await testToken("prefecture", ["09"]), { "x-correlation-id": "corr-complete-09" });
    const proposed = await prefecture.mutate<{ candidateId: string }>("workshops.proposeCandidate", {
      workshopId,
      title: "Tiers-lieu numérique du Couserans",
      description: "Un lieu de travail partagé et de médiation à Saint-Girons.",
      kind: "tiers-lieu",
      leadOrganisation: "Communauté de communes Couserans-Pyrénées",
      territories: [{ kind: "commune", code: "09261", name: "Saint-Girons" }],
      maturity: "esquisse",
      needs: [need],
    });
    expect(proposed.status).toBe(200);
    const completed = await prefecture.mutate<{ status: string }>("workshops.complete", { workshopId });
    expect(completed.data.status).toBe("completed");

    const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "workshops"), 2);
    const events = messages.map((m) => parseEventBytes(m.value));
    expect(events.map((e) => e.type)).toEqual(["CandidateProjectProposed", "WorkshopCompleted"]);
    expect(events[0]).toMatchObject({
      caseId,
      departmentCode: "09",
      correlationId: "corr-complete-09",
      payload: { candidateId: proposed.data.candidateId, workshopId, needs: [need] },
    });
    expect(events[1]).toMatchObject({ payload: { candidateIds: [proposed.data.candidateId], needCount: 1 } });

    expect((await prefecture.mutate("workshops.complete", { workshopId })).status).toBe(409);
    const late = await prefecture.mutate("workshops.proposeCandidate", {
      workshopId,
      title: "Trop tard",
      kind: "numerique",
      leadOrganisation: "Mairie",
      maturity: "idee",
    });
    expect(late.status).toBe(409);
    expect(late.error?.message).toContain("clôturé");
  });
});
