import { eventTopic, parseEventBytes, type DomainEvent } from "@tetris/shared";
import {
  apiClient,
  isolatedTestEnvironment,
  readTopic,
  startServiceForTest,
  testKafka,
  testToken,
} from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { questionnaireConfigSchema } from "../src/config.js";
import { wireQuestionnaire } from "../src/wiring.js";

const env = isolatedTestEnvironment("questionnaire");
let service: Awaited<ReturnType<typeof startServiceForTest>>;

const meuseCampaign = {
  departmentCode: "55",
  edition: 2026,
  title: "Questionnaire de cadrage Tétris — Meuse",
  closesAt: "2026-12-31T23:59:59.000Z",
  invitations: [
    { organisation: "Conseil départemental de la Meuse", actorType: "conseil-departemental" },
    {
      organisation: "CC Côtes de Meuse Woëvre",
      actorType: "epci",
      territory: { kind: "epci", code: "200034874", name: "CC Côtes de Meuse Woëvre" },
    },
  ],
};

async function eventsOnTopic(count: number): Promise<DomainEvent[]> {
  const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "questionnaire"), count);
  return messages.map((m) => parseEventBytes(m.value));
}

beforeAll(async () => {
  service = await startServiceForTest("questionnaire", questionnaireConfigSchema, wireQuestionnaire, env);
});
afterAll(async () => service?.stop());

describe("questionnaire campaigns", () => {
  let campaignId: string;

  it("lets the préfecture open its département's campaign and announces it with the invitations", async () => {
    const prefecture = apiClient(service.url, await testToken("prefecture", ["55"]), { "x-correlation-id": "corr-open-55" });
    const opened = await prefecture.mutate<{ campaignId: string; caseId: string; status: string }>("campaigns.open", meuseCampaign);
    expect(opened.status).toBe(200);
    expect(opened.data).toMatchObject({ caseId: "case-55-2026", status: "open" });
    campaignId = opened.data.campaignId;

    const [event] = await eventsOnTopic(1);
    expect(event).toMatchObject({
      type: "CampaignOpened",
      caseId: "case-55-2026",
      departmentCode: "55",
      correlationId: "corr-open-55",
      producer: "questionnaire",
      payload: { campaignId, title: meuseCampaign.title },
    });
    expect(event!.type === "CampaignOpened" && event!.payload.invitations.map((i) => i.actorType)).toEqual([
      "conseil-departemental",
      "epci",
    ]);
  });

  it("refuses a second campaign for the same case", async () => {
    const anct = apiClient(service.url, await testToken("anct"));
    const again = await anct.mutate("campaigns.open", meuseCampaign);
    expect(again.status).toBe(409);
    expect(again.error?.message).toContain("case-55-2026");
  });

  it("names the field at fault and writes nothing when the input is wrong", async () => {
    const anct = apiClient(service.url, await testToken("anct"));
    const bad = await anct.mutate("campaigns.open", { ...meuseCampaign, departmentCode: "99", edition: 2027 });
    expect(bad.status).toBe(400);
    expect(bad.error?.data.issues?.map((i) => i.path)).toEqual(["departmentCode"]);
    const backwards = await anct.mutate("campaigns.open", {
      ...meuseCampaign,
      edition: 2028,
      opensAt: "2027-01-01T00:00:00.000Z",
      closesAt: "2026-01-01T00:00:00.000Z",
    });
    expect(backwards.status).toBe(400);
    expect(backwards.error?.data.issues?.[0]?.path).toBe("closesAt");
    // A rule without a message of its own still answers in French.
    const untitled = await anct.mutate("campaigns.open", { ...meuseCampaign, edition: 2029, title: "", invitations: "aucune" });
    expect(untitled.status).toBe(400);
    const messages = Object.fromEntries((untitled.error?.data.issues ?? []).map((i) => [i.path, i.message]));
    expect(Object.keys(messages).sort()).toEqual(["invitations", "title"]);
    expect(messages.invitations).toMatch(/^Entrée invalide/);
    expect(messages.title).toMatch(/^Trop petit/);
    const list = await anct.query<unknown[]>("campaigns.list");
    expect(list.data).toHaveLength(1);
  });

  it("keeps other départements and unauthenticated callers out", async () => {
    const ariege = apiClient(service.url, await testToken("prefecture", ["09"]));
    // Another département's campaign answers like one that does not exist: ids tell nothing.
    const byCase = await ariege.query("campaigns.byCase", { caseId: "case-55-2026" });
    expect(byCase).toMatchObject({ status: 404, data: undefined });
    expect(byCase.error).toEqual((await ariege.query("campaigns.byCase", { caseId: "case-55-2099" })).error);
    const close = await ariege.mutate("campaigns.close", { campaignId });
    expect(close).toMatchObject({ status: 404, data: undefined });
    expect(close.error).toEqual((await ariege.mutate("campaigns.close", { campaignId: "campagne-inconnue" })).error);
    // Naming a département that is not yours is refused as such: the caller knows the code already.
    expect((await ariege.mutate("campaigns.open", { ...meuseCampaign, edition: 2030 })).status).toBe(403);
    expect((await ariege.query<unknown[]>("campaigns.list")).data).toEqual([]);
    const partner = apiClient(service.url, await testToken("partner", ["55"]));
    expect((await partner.query("campaigns.byCase", { caseId: "case-55-2026" })).status).toBe(200);
    expect((await partner.mutate("campaigns.close", { campaignId })).status).toBe(403);
    expect((await apiClient(service.url).query("campaigns.list")).status).toBe(401);
    const forged = await apiClient(service.url, "eyJhbGciOiJIUzI1NiJ9.e30.forged").query("campaigns.list");
    expect(forged.status).toBe(401);
    expect(forged.error?.message).toBe("Jeton invalide");
  });

  it("closes the campaign once, with the ranked themes and the participation", async () => {
    const anct = apiClient(service.url, await testToken("anct"));
    const closed = await anct.mutate<{ status: string }>("campaigns.close", { campaignId });
    expect(closed.status).toBe(200);
    expect(closed.data.status).toBe("closed");
    expect((await anct.mutate("campaigns.close", { campaignId })).status).toBe(409);

    const events = await eventsOnTopic(2);
    const event = events.find((e) => e.type === "CampaignClosed");
    if (event?.type !== "CampaignClosed") throw new Error("no CampaignClosed on the topic");
    expect(event.payload.participation).toMatchObject({ invited: 2, responded: 0 });
    expect(event.payload.rankedThemes.map((t) => t.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe("service endpoints", () => {
  it("answers liveness, readiness with its dependencies, and metrics", async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${service.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready", checks: { database: true, broker: true } });
    expect(await (await fetch(`${service.url}/metrics`)).text()).toContain("tetris_events_published_total");
  });

  it("answers a body that is not JSON with a 400, not a crash", async () => {
    const response = await fetch(`${service.url}/trpc/campaigns.open`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await testToken("anct")}` },
      body: "{ pas du json",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain("at ");
  });
});
