import { createEvent, type DomainEvent } from "@tetris/shared";
import { apiClient, eventFixture, isolatedTestEnvironment, testPublisher, testToken, waitFor, type ApiClient } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { meuseCase, startProjects, type Service } from "./projects-test-kit.js";

const env = isolatedTestEnvironment("cases");
const publisher = testPublisher(env);
let service: Service;
let anct: ApiClient;

type CaseView = {
  caseId: string;
  departmentCode: string;
  departmentName: string;
  edition: number | null;
  title: string | null;
  stage: string;
  campaignId: string | null;
  workshopId: string | null;
  workshopCompletedAt: string | null;
  campaignClosedAt: string | null;
  counts: Record<"invited" | "answered" | "projects" | "selected" | "accompanied" | "delivered", number>;
  lastActivityAt: string | null;
};

/** Meuse 2026, from the campaign to the completed workshop day and its three projects. */
const meuse = meuseCase("case-55-2026");
const meuseContext = { caseId: meuse.caseId, departmentCode: "55", correlationId: "corr-meuse", causationId: null };
const meuseEvents: DomainEvent[] = [
  ...meuse.events,
  createEvent("CampaignClosed", meuseContext, { ...eventFixture("CampaignClosed").payload, participation: { invited: 2, responded: 1, byActorType: [] } }, new Date("2026-03-01T23:59:59Z")),
  createEvent("WorkshopScheduled", meuseContext, eventFixture("WorkshopScheduled").payload, new Date("2026-03-02T08:00:00Z")),
  createEvent("WorkshopCompleted", meuseContext, eventFixture("WorkshopCompleted").payload, new Date("2026-03-20T17:00:00Z")),
];

/** Ariège 2027: a campaign closed with one answer out of two, its closing told before its opening. */
const ariegeContext = { caseId: "case-09-2027", departmentCode: "09", correlationId: "corr-ariege", causationId: null };
const ariegeOpened = createEvent(
  "CampaignOpened",
  ariegeContext,
  {
    ...eventFixture("CampaignOpened").payload,
    campaignId: "camp-09",
    title: "Questionnaire de cadrage — Ariège",
    invitations: [{ invitationId: "inv-09", organisation: "CC Couserans-Pyrénées", actorType: "epci", territory: null }],
  },
  new Date("2027-01-10T08:00:00Z"),
);
const ariegeAnswer = createEvent("ResponseSubmitted", ariegeContext, { ...eventFixture("ResponseSubmitted").payload, campaignId: "camp-09", responseId: "resp-09" }, new Date("2027-01-20T10:00:00Z"));
// An amended answer is a new event about the same response: still one actor who answered.
const ariegeAmended = createEvent("ResponseSubmitted", ariegeContext, { ...ariegeAnswer.payload, revision: 2 }, new Date("2027-01-21T10:00:00Z"));
const ariegeClosed = createEvent(
  "CampaignClosed",
  ariegeContext,
  { ...eventFixture("CampaignClosed").payload, campaignId: "camp-09", closedAt: "2027-02-01T00:00:00.000Z", participation: { invited: 2, responded: 1, byActorType: [] } },
  new Date("2027-02-01T00:00:00Z"),
);
const ariegeEvents = [ariegeClosed, ariegeAnswer, ariegeOpened, ariegeAmended];

const list = async (client: ApiClient, input?: object) => client.query<CaseView[]>("cases.list", input);
const byId = (cases: CaseView[]) => Object.fromEntries(cases.map((c) => [c.caseId, c]));

beforeAll(async () => {
  service = await startProjects(env);
  anct = apiClient(service.url, await testToken("anct"));
  // Every event delivered twice: the counts must not move.
  await publisher.publish([...meuseEvents, ...ariegeEvents]);
  await publisher.publish([...meuseEvents, ...ariegeEvents]);
  await waitFor(async () => {
    const cases = (await list(anct)).data ?? [];
    return cases.length === 2 && cases.every((c) => c.title !== null) && byId(cases)[meuse.caseId]!.counts.projects === 3;
  }, { what: "both cases and Meuse's three projects" });
  await anct.mutate("projects.decide", { projectId: meuse.projectIds[0], outcome: "selected", reason: "Répond aux deux premiers besoins" });
  await anct.mutate("projects.decide", { projectId: meuse.projectIds[1], outcome: "not-selected", reason: "À reprendre à la prochaine édition" });
  const levers = (await anct.query<{ code: string }[]>("levers.list")).data.map((l) => l.code);
  const planned = await anct.mutate("projects.planAccompaniment", {
    projectId: meuse.projectIds[0], referent: "Référente ANCT Grand Est", levers: levers.slice(0, 1), milestones: [{ title: "Étude", dueDate: "2099-01-31" }],
  });
  expect(planned.status).toBe(200);
});
afterAll(async () => {
  await service?.stop();
  await publisher.disconnect();
});

describe("the list of cases", () => {
  it("shows ANCT every département's cases, where each stands and its counts, duplicates counted once", async () => {
    const cases = (await list(anct)).data;
    expect(cases.map((c) => c.caseId)).toEqual(["case-09-2027", "case-55-2026"]);
    const { "case-09-2027": ariege, "case-55-2026": meuseRow } = byId(cases);
    expect(ariege).toMatchObject({
      departmentCode: "09",
      departmentName: "Ariège",
      edition: 2027,
      title: "Questionnaire de cadrage — Ariège",
      stage: "questionnaire-closed",
      campaignId: "camp-09",
      workshopId: null,
      campaignClosedAt: "2027-02-01T00:00:00.000Z",
      counts: { invited: 2, answered: 1, projects: 0, selected: 0, accompanied: 0, delivered: 0 },
      lastActivityAt: "2027-02-01T00:00:00.000Z",
    });
    expect(meuseRow).toMatchObject({
      departmentName: "Meuse",
      edition: 2026,
      title: eventFixture("CampaignOpened").payload.title,
      stage: "accompaniment",
      campaignId: eventFixture("CampaignOpened").payload.campaignId,
      workshopId: eventFixture("WorkshopCompleted").payload.workshopId,
      workshopCompletedAt: eventFixture("WorkshopCompleted").payload.completedAt,
      counts: { invited: 2, answered: 1, projects: 3, selected: 1, accompanied: 1, delivered: 0 },
    });
    // The plan was made just now, long after the last upstream event.
    expect(Date.parse(meuseRow!.lastActivityAt!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it("filters by département and by stage", async () => {
    expect((await list(anct, { departmentCode: "55" })).data.map((c) => c.caseId)).toEqual(["case-55-2026"]);
    expect((await list(anct, { stage: "questionnaire-closed" })).data.map((c) => c.caseId)).toEqual(["case-09-2027"]);
    expect((await list(anct, { departmentCode: "55", stage: "questionnaire-open" })).data).toEqual([]);
    expect((await list(anct, { stage: "ailleurs" })).status).toBe(400);
  });

  it("shows a préfecture or a partner only their départements' cases", async () => {
    const meusePrefecture = apiClient(service.url, await testToken("prefecture", ["55"]));
    expect((await list(meusePrefecture)).data.map((c) => c.caseId)).toEqual(["case-55-2026"]);
    expect((await list(meusePrefecture, { departmentCode: "09" })).status).toBe(403);
    const ariegePartner = apiClient(service.url, await testToken("partner", ["09"]));
    expect((await list(ariegePartner)).data.map((c) => c.caseId)).toEqual(["case-09-2027"]);
    expect((await list(apiClient(service.url))).status).toBe(401);
  });
});
