import ExcelJS from "exceljs";
import { eventTopic, parseEventBytes } from "@tetris/shared";
import { apiClient, readTopic, testKafka, testToken } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { miniTemplate, questionnaireTestEnvironment, staff, startQuestionnaire, type Service } from "./questionnaire-test-kit.js";

const env = questionnaireTestEnvironment("closing");
let service: Service;
let campaignId: string;

const BAR_LE_DUC = "55029";
const COTES_DE_MEUSE = "200034874";
const VERDUN_AGGLO = "200049187";

beforeAll(async () => {
  service = await startQuestionnaire(env);
  const anct = await staff(service);
  await anct.mutate("templates.saveDraft", miniTemplate);
  await anct.mutate("templates.publish", { templateId: "mini-cadrage", version: 1 });
  const opened = await anct.mutate<{ campaignId: string }>("campaigns.open", {
    departmentCode: "55",
    edition: 2027,
    title: "Cadrage Meuse 2027",
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    templateId: "mini-cadrage",
    invitations: [
      { organisation: "CC Côtes de Meuse Woëvre", actorType: "epci", territory: { kind: "epci", code: COTES_DE_MEUSE }, contactName: "Mme la Présidente" },
      { organisation: "Mairie de Bar-le-Duc", actorType: "autre", territory: { kind: "commune", code: BAR_LE_DUC } },
      { organisation: "CA du Grand Verdun", actorType: "epci", territory: { kind: "epci", code: VERDUN_AGGLO }, contactEmail: "dgs@example.fr" },
    ],
  });
  campaignId = opened.data.campaignId;
  const links = (await anct.query<{ token: string }[]>("campaigns.invitationLinks", { campaignId })).data;
  const respondent = apiClient(service.url);
  // Inclusion: 4 + 4 = 8; tiers-lieux: 2; infrastructures: 8 × (5 − 1) / 4 = 8 then 8 × (2 − 1) / 4 = 2 → 10.
  await respondent.mutate("respondent.submit", {
    token: links[0]!.token,
    answers: { mediation: "oui", "tiers-lieu": "oui", "tiers-lieu-detail": "Une gare à rénover en tiers-lieu", couverture: 5 },
  });
  await respondent.mutate("respondent.submit", { token: links[1]!.token, answers: { mediation: "oui", "tiers-lieu": "non", couverture: 2 } });
  await respondent.mutate("respondent.saveDraft", { token: links[2]!.token, answers: { mediation: "non" } });
});
afterAll(async () => service?.stop());

describe("following a campaign", () => {
  it("gives participation by actor type and by EPCI, and who is left to remind", async () => {
    const partner = await staff(service, "partner", ["55"]);
    const participation = await partner.query<{
      invited: number;
      responded: number;
      byEpci: { epciCode: string; invited: number; responded: number }[];
      toRemind: { organisation: string; draftStarted: boolean; contactEmail: string | null }[];
    }>("campaigns.participation", { campaignId });
    expect(participation.data).toMatchObject({ invited: 3, responded: 2 });
    // Bar-le-Duc answers for its EPCI, the CA de Bar-le-Duc - Sud Meuse.
    expect(participation.data.byEpci).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ epciCode: "200033025", invited: 1, responded: 1 }),
        expect.objectContaining({ epciCode: COTES_DE_MEUSE, invited: 1, responded: 1 }),
        expect.objectContaining({ epciCode: VERDUN_AGGLO, invited: 1, responded: 0 }),
      ]),
    );
    expect(participation.data.toRemind).toEqual([
      expect.objectContaining({ organisation: "CA du Grand Verdun", draftStarted: true, contactEmail: "dgs@example.fr" }),
    ]);
  });

  it("summarises answers per question and groups free texts by theme", async () => {
    const anct = await staff(service);
    const summary = await anct.query<{
      respondents: number;
      questions: { questionId: string; options?: { value: string; count: number }[]; average?: number }[];
      freeTextByTheme: { themeCode: string; answers: { organisation: string; text: string }[] }[];
    }>("campaigns.answers", { campaignId });
    expect(summary.data.respondents).toBe(2);
    const mediation = summary.data.questions.find((q) => q.questionId === "mediation")!;
    expect(mediation.options).toEqual([expect.objectContaining({ value: "oui", count: 2 }), expect.objectContaining({ value: "non", count: 0 })]);
    expect(summary.data.questions.find((q) => q.questionId === "couverture")!.average).toBe(3.5);
    expect(summary.data.freeTextByTheme.find((t) => t.themeCode === "tiers-lieux")!.answers).toEqual([
      expect.objectContaining({ organisation: "CC Côtes de Meuse Woëvre", text: "Une gare à rénover en tiers-lieu" }),
    ]);
  });

  it("keeps other départements out of the follow-up and the exports, answering as for an unknown campaign", async () => {
    const ariege = await staff(service, "prefecture", ["09"]);
    for (const procedure of ["campaigns.participation", "campaigns.answers", "campaigns.invitationLinks"]) {
      const foreign = await ariege.query(procedure, { campaignId });
      const unknown = await ariege.query(procedure, { campaignId: "campagne-inconnue" });
      expect(foreign.status).toBe(404);
      expect(foreign.data).toBeUndefined();
      expect(foreign.error).toEqual(unknown.error);
    }
    const token = await testToken("prefecture", ["09"]);
    const exportOf = (id: string) => fetch(`${service.url}/exports/campaigns/${id}/answers.csv`, { headers: { authorization: `Bearer ${token}` } });
    const download = await exportOf(campaignId);
    expect(download.status).toBe(404);
    expect(await download.json()).toEqual(await (await exportOf("campagne-inconnue")).json());
    expect((await fetch(`${service.url}/exports/campaigns/${campaignId}/answers.csv`)).status).toBe(401);
  });
});

describe("closing", () => {
  it("ranks the themes from the last submissions, explains why, and announces it", async () => {
    const anct = await staff(service);
    const closed = await anct.mutate<{ ranking: { themeCode: string; score: number; rank: number }[] }>("campaigns.close", { campaignId });
    expect(closed.status).toBe(200);
    expect(closed.data.ranking.map((t) => [t.themeCode, t.score])).toEqual([
      ["infrastructures", 10],
      ["inclusion-mediation", 8],
      ["tiers-lieux", 2],
    ]);

    const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "questionnaire"), 4);
    const event = messages.map((m) => parseEventBytes(m.value)).find((e) => e.type === "CampaignClosed");
    if (event?.type !== "CampaignClosed") throw new Error("no CampaignClosed");
    expect(event.payload.participation).toMatchObject({ invited: 3, responded: 2 });
    const [first] = event.payload.rankedThemes;
    expect(first).toMatchObject({ themeCode: "infrastructures", rank: 1, score: 10 });
    expect(first!.topContributions[0]).toMatchObject({ organisation: "CC Côtes de Meuse Woëvre", questionId: "couverture", contribution: 8, value: "5 sur 5" });
  });

  it("exports the answers and the ranking as CSV and as a spreadsheet", async () => {
    const headers = { authorization: `Bearer ${await testToken("prefecture", ["55"])}` };
    const csv = await fetch(`${service.url}/exports/campaigns/${campaignId}/answers.csv`, { headers });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-disposition")).toContain("case-55-2027-answers.csv");
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toContain("CC Côtes de Meuse Woëvre");
    expect(lines[1]).toContain("Oui, beaucoup");

    const ranking = await (await fetch(`${service.url}/exports/campaigns/${campaignId}/ranking.csv`, { headers })).text();
    expect(ranking.split("\r\n")[1]).toMatch(/^1;/);

    const xlsx = await fetch(`${service.url}/exports/campaigns/${campaignId}/campaign.xlsx`, { headers });
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as never);
    expect(workbook.getWorksheet("Classement")!.getRow(2).getCell(2).value).toBe("Infrastructures");
    expect(workbook.getWorksheet("Réponses")!.rowCount).toBe(4);
  });
});
