import { randomUUID } from "node:crypto";
import { createEvent, type DomainEvent } from "@tetris/shared";
import { apiClient, eventFixture, isolatedTestEnvironment, startServiceForTest, testPublisher, testToken, waitFor } from "@tetris/shared/testing";
import { workshopsConfigSchema } from "../src/config.js";
import { wireWorkshops } from "../src/wiring.js";

export type Env = ReturnType<typeof isolatedTestEnvironment>;
export type Service = Awaited<ReturnType<typeof startServiceForTest>>;

export const startWorkshops = (env: Env) => startServiceForTest("workshops", workshopsConfigSchema, wireWorkshops, env);

export const FOIX = { kind: "commune" as const, code: "09122", name: "Foix" };
export const SAINT_GIRONS = { kind: "commune" as const, code: "09261", name: "Saint-Girons" };

/**
 * The questionnaire's side of an Ariège case, as events: two invited actors, one of whom
 * answered with a free text on tiers-lieux, then the closing with its ranked themes.
 */
export function ariegeCase(caseId = `case-09-${randomUUID().slice(0, 6)}`) {
  const context = { caseId, departmentCode: "09", correlationId: `corr-${caseId}`, causationId: null };
  const campaignId = `campaign-${caseId}`;
  const opened = createEvent("CampaignOpened", context, {
    ...eventFixture("CampaignOpened").payload,
    campaignId,
    invitations: [
      { invitationId: `inv-couserans-${caseId}`, organisation: "CC Couserans-Pyrénées", actorType: "epci", territory: SAINT_GIRONS },
      { invitationId: `inv-foix-${caseId}`, organisation: "Mairie de Foix", actorType: "autre", territory: FOIX },
    ],
  });
  const answered = createEvent("ResponseSubmitted", context, {
    ...eventFixture("ResponseSubmitted").payload,
    campaignId,
    responseId: `inv-couserans-${caseId}`,
    invitationId: `inv-couserans-${caseId}`,
    organisation: "CC Couserans-Pyrénées",
    actorType: "epci",
    territory: SAINT_GIRONS,
    answers: [
      { questionId: "tiers-lieu-detail", questionLabel: "Décrivez votre projet de tiers-lieu", value: "Réhabiliter l'ancienne gare de Saint-Girons en tiers-lieu avec coworking et fablab", themes: ["tiers-lieux"] },
      { questionId: "mediation", questionLabel: "Les habitants manquent-ils d'accompagnement ?", value: "Oui, beaucoup", themes: ["inclusion-mediation"] },
    ],
  });
  const golden = eventFixture("CampaignClosed").payload.rankedThemes[0]!;
  const closed = createEvent("CampaignClosed", context, {
    ...eventFixture("CampaignClosed").payload,
    campaignId,
    rankedThemes: ["tiers-lieux", "inclusion-mediation", "e-sante", "infrastructures", "e-education"].map((code, i) => ({
      ...golden,
      themeCode: code,
      label: `Thème ${code}`,
      rank: i + 1,
      score: 10 - i,
    })),
  });
  return { caseId, campaignId, workshopId: `workshop-${campaignId}`, events: [opened, answered, closed] as DomainEvent[], responseId: `inv-couserans-${caseId}` };
}

export type WorkshopView = {
  workshopId: string;
  status: string;
  version: number;
  date: string | null;
  sessions: { sessionId: string; themeCode: string; title: string; room: string | null; evidence: { freeTexts: { responseId?: string; questionId?: string; organisation: string; questionLabel: string; text: string }[]; actors: { organisation: string }[]; territories: { code: string }[] } }[];
  participants: { participantId: string; organisation: string; source: string; email: string | null; sessionIds: string[]; present: boolean }[];
};

/** Publishes a case's questionnaire events and waits for its draft day. */
export async function draftDay(service: Service, env: Env, c = ariegeCase()) {
  const publisher = testPublisher(env);
  await publisher.publish(c.events);
  await publisher.disconnect();
  const prefecture = apiClient(service.url, await testToken("prefecture", ["09"]));
  const workshop = await waitFor(async () => {
    const answer = await prefecture.query<WorkshopView>("workshops.byCase", { caseId: c.caseId });
    return answer.status === 200 && answer.data;
  }, { what: "the draft workshop day" });
  return { ...c, workshop, prefecture };
}
