import { randomUUID } from "node:crypto";
import { createEvent, type DomainEvent } from "@tetris/shared";
import { apiClient, eventFixture, isolatedTestEnvironment, startServiceForTest, testPublisher, testToken, waitFor } from "@tetris/shared/testing";
import { projectsConfigSchema } from "../src/config.js";
import { wireProjects } from "../src/wiring.js";

export type Env = ReturnType<typeof isolatedTestEnvironment>;
export type Service = Awaited<ReturnType<typeof startServiceForTest>>;
export const startProjects = (env: Env) => startServiceForTest("projects", projectsConfigSchema, wireProjects, env);

/**
 * The upstream story of a Meuse case, as the other services tell it: a campaign with two
 * invited actors and one answer, three needs, three candidate projects out of the workshop.
 */
export function meuseCase(caseId = `case-55-${randomUUID().slice(0, 6)}`) {
  const context = { caseId, departmentCode: "55", correlationId: `corr-${caseId}`, causationId: null };
  const at = (minutes: number) => new Date(Date.UTC(2026, 2, 20, 9, minutes));
  const need = eventFixture("NeedCaptured").payload.need;
  const needs = [
    { ...need, needId: randomUUID(), themeCode: "inclusion-mediation" },
    { ...need, needId: randomUUID(), themeCode: "inclusion-mediation", statement: "Pas assez de conseillers numériques pour les seniors" },
    { ...need, needId: randomUUID(), themeCode: "tiers-lieux", statement: "Créer un tiers-lieu à Verdun" },
  ];
  const candidate = (title: string, needsOf: typeof needs, votes: number) => ({
    ...eventFixture("CandidateProjectProposed").payload,
    candidateId: randomUUID(),
    title,
    needs: needsOf,
    votes,
  });
  const candidates = [
    candidate("Bus France Services numérique", needs.slice(0, 2), 9),
    candidate("Tiers-lieu de Verdun", needs.slice(2), 5),
    candidate("Portail des démarches intercommunal", [], 1),
  ];
  const events: DomainEvent[] = [
    createEvent("CampaignOpened", context, { ...eventFixture("CampaignOpened").payload, invitations: [...eventFixture("CampaignOpened").payload.invitations, { invitationId: "inv-2", organisation: "Mairie de Verdun", actorType: "autre", territory: null }] }, at(0)),
    createEvent("ResponseSubmitted", context, eventFixture("ResponseSubmitted").payload, at(1)),
    ...needs.map((n, i) => createEvent("NeedCaptured", context, { workshopId: "ws-1", need: n }, at(2 + i))),
    ...candidates.map((c, i) => createEvent("CandidateProjectProposed", context, c, at(10 + i))),
  ];
  return { caseId, events, candidates, needs, projectIds: candidates.map((c) => `project-${c.candidateId}`) };
}

export async function loadedCase(service: Service, env: Env) {
  const c = meuseCase();
  const publisher = testPublisher(env);
  await publisher.publish(c.events);
  await publisher.disconnect();
  const anct = apiClient(service.url, await testToken("anct"));
  await waitFor(async () => (await anct.query<unknown[]>("projects.byCase", { caseId: c.caseId })).data?.length === 3, { what: "the three projects" });
  return { ...c, anct };
}
