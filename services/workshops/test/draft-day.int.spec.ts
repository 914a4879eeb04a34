import { randomUUID } from "node:crypto";
import { createEvent, type DomainEvent } from "@tetris/shared";
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
    const c = ariegeCase();
    const { workshop } = await draftDay(service, env, c);
    expect(workshop.status).toBe("draft");
    expect(workshop.sessions.map((s) => s.themeCode)).toEqual(["tiers-lieux", "inclusion-mediation", "e-sante", "infrastructures"]);
    const tiersLieux = workshop.sessions[0]!;
    expect(tiersLieux.evidence.freeTexts).toEqual([
      {
        responseId: c.responseId,
        questionId: "tiers-lieu-detail",
        organisation: "CC Couserans-Pyrénées",
        questionLabel: "Décrivez votre projet de tiers-lieu",
        text: "Réhabiliter l'ancienne gare de Saint-Girons en tiers-lieu avec coworking et fablab",
      },
    ]);
    expect(tiersLieux.evidence.actors.map((a) => a.organisation)).toEqual(["CC Couserans-Pyrénées"]);
    expect(tiersLieux.evidence.territories.map((t) => t.code)).toEqual([SAINT_GIRONS.code]);
    // The invited actors are the first participants; the one who answered is marked.
    expect(workshop.participants.map((p) => [p.organisation, p.source])).toEqual([
      ["CC Couserans-Pyrénées", "responded"],
      ["Mairie de Foix", "invited"],
    ]);
  });

  it("names the response and question of each free text, so that a need captured with them quotes the answer", async () => {
    const { workshop, prefecture, workshopId } = await draftDay(service, env);
    const tiersLieux = workshop.sessions[0]!;
    const [freeText] = tiersLieux.evidence.freeTexts;
    const needId = randomUUID();
    const captured = await prefecture.mutate("needs.capture", {
      workshopId,
      needId,
      sessionId: tiersLieux.sessionId,
      themeCode: tiersLieux.themeCode,
      statement: "Un tiers-lieu dans l'ancienne gare de Saint-Girons",
      urgency: 4,
      impact: 4,
      evidence: [{ responseId: freeText!.responseId, questionId: freeText!.questionId }],
    });
    expect(captured.status, JSON.stringify(captured.error)).toBe(200);
    const listed = await prefecture.query<{ needId: string; evidence: unknown[] }[]>("needs.list", { workshopId });
    expect(listed.data.find((n) => n.needId === needId)?.evidence).toEqual([
      {
        responseId: freeText!.responseId,
        organisation: "CC Couserans-Pyrénées",
        questionId: "tiers-lieu-detail",
        questionLabel: "Décrivez votre projet de tiers-lieu",
        value: "Réhabiliter l'ancienne gare de Saint-Girons en tiers-lieu avec coworking et fablab",
      },
    ]);
  });

  it("counts the actors invited after the opening and leaves out a revoked link that never answered", async () => {
    const c = ariegeCase();
    const context = { caseId: c.caseId, departmentCode: "09", correlationId: `corr-${c.caseId}`, causationId: null };
    const [opened, answered, closed] = c.events as [DomainEvent, DomainEvent, DomainEvent];
    const invitedLater = createEvent("ActorsInvited", context, {
      campaignId: c.campaignId,
      invitations: [
        { invitationId: `inv-maires-${c.caseId}`, organisation: "Association des maires de l'Ariège", actorType: "association-des-maires", territory: null },
        { invitationId: `inv-pamiers-${c.caseId}`, organisation: "Mairie de Pamiers", actorType: "autre", territory: null },
      ],
    });
    const revoked = (invitationId: string) => createEvent("InvitationRevoked", context, { campaignId: c.campaignId, invitationId, revokedAt: new Date().toISOString() });
    // Foix never answered and its link was revoked; Couserans answered before its link was.
    const events = [opened, invitedLater, invitedLater, answered, revoked(`inv-pamiers-${c.caseId}`), revoked(`inv-foix-${c.caseId}`), revoked(c.responseId), closed];
    const { workshop } = await draftDay(service, env, { ...c, events });
    expect(workshop.participants.map((p) => [p.organisation, p.source])).toEqual([
      ["CC Couserans-Pyrénées", "responded"],
      ["Association des maires de l'Ariège", "invited"],
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

  it("is seen by ANCT and partners of the département, not by another département, which learns nothing", async () => {
    const { caseId } = await draftDay(service, env);
    const meuse = apiClient(service.url, await testToken("prefecture", ["55"]));
    const foreign = await meuse.query("workshops.byCase", { caseId });
    expect(foreign).toMatchObject({ status: 404, data: undefined });
    expect(foreign.error).toEqual((await meuse.query("workshops.byCase", { caseId: "case-09-2099" })).error);
    expect((await apiClient(service.url, await testToken("partner", ["09"])).query("workshops.byCase", { caseId })).status).toBe(200);
    expect((await apiClient(service.url).query("workshops.byCase", { caseId })).status).toBe(401);
  });
});
