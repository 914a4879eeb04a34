import { randomUUID } from "node:crypto";
import { apiClient, testPublisher, testToken } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isolatedTestEnvironment } from "@tetris/shared/testing";
import { ariegeCase, draftDay, SAINT_GIRONS, startWorkshops, type Service, type WorkshopView } from "./workshops-test-kit.js";

const env = isolatedTestEnvironment("draft-day");
let service: Service;

beforeAll(async () => {
  service = await startWorkshops(env);
});
afterAll(async () => service?.stop());

describe("the draft workshop day", () => {
  it("is built from a real CampaignClosed: a session per priority theme, in ranking order, with its evidence", async () => {
    const { workshop } = await draftDay(service, env);
    expect(workshop.status).toBe("draft");
    expect(workshop.sessions.map((s) => s.themeCode)).toEqual(["tiers-lieux", "inclusion-mediation", "e-sante", "infrastructures"]);
    const tiersLieux = workshop.sessions[0]!;
    expect(tiersLieux.evidence.freeTexts.map((t) => t.text)).toEqual([
      "Réhabiliter l'ancienne gare de Saint-Girons en tiers-lieu avec coworking et fablab",
    ]);
    expect(tiersLieux.evidence.actors.map((a) => a.organisation)).toEqual(["CC Couserans-Pyrénées"]);
    expect(tiersLieux.evidence.territories.map((t) => t.code)).toEqual([SAINT_GIRONS.code]);
    // The invited actors are the first participants; the one who answered is marked.
    expect(workshop.participants.map((p) => [p.organisation, p.source])).toEqual([
      ["CC Couserans-Pyrénées", "responded"],
      ["Mairie de Foix", "invited"],
    ]);
  });

  it("is built once even when the questionnaire's events come again", async () => {
    const c = ariegeCase();
    const { workshop } = await draftDay(service, env, c);
    const publisher = testPublisher(env);
    await publisher.publish(c.events.map((e) => ({ ...e, id: randomUUID() })));
    await publisher.publish(c.events);
    await publisher.disconnect();
    await new Promise((r) => setTimeout(r, 1500));
    const anct = apiClient(service.url, await testToken("anct"));
    const again = await anct.query<WorkshopView>("workshops.byCase", { caseId: c.caseId });
    expect(again.data).toMatchObject({ workshopId: workshop.workshopId, version: workshop.version });
    expect(again.data.participants).toHaveLength(2);
  });

  it("is seen by ANCT and partners of the département, not by another département", async () => {
    const { caseId } = await draftDay(service, env);
    expect((await apiClient(service.url, await testToken("prefecture", ["55"])).query("workshops.byCase", { caseId })).status).toBe(403);
    expect((await apiClient(service.url, await testToken("partner", ["09"])).query("workshops.byCase", { caseId })).status).toBe(200);
    expect((await apiClient(service.url).query("workshops.byCase", { caseId })).status).toBe(401);
  });
});
