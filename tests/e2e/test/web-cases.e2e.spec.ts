import { apiClient, isolatedTestEnvironment, testToken, waitFor } from "@tetris/shared/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedPage, startWebStack, type WebStack } from "./web-stack.js";

const env = isolatedTestEnvironment("web-cases");
let stack: WebStack;
let web: WebStack["web"];
let browser: Browser;
let anctToken: string;

const ARIEGE = "case-09-2026";
const MEUSE = "case-55-2026";

/** One question is enough: the cases only need a campaign to answer and close. */
const template = {
  templateId: "mini-dossiers",
  title: "Questionnaire très court",
  description: "",
  themes: [{ code: "inclusion-mediation", label: "Inclusion et médiation numérique" }],
  sections: [
    {
      id: "s1",
      title: "Le territoire",
      questions: [
        { id: "mediation", type: "single-choice", label: "Les habitants manquent-ils d'accompagnement au numérique ?", required: true, options: [
          { value: "oui", label: "Oui", scores: [{ themeCode: "inclusion-mediation", points: 4 }] },
          { value: "non", label: "Non", scores: [] },
        ] },
      ],
    },
  ],
};

async function signedInPage(token: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript((t) => sessionStorage.setItem("tetris.token", t), token);
  return page;
}

const rowOf = (page: Page, caseId: string) => page.getByTestId(`dossier-${caseId}`);
const shownCases = async (page: Page) =>
  (await page.locator("tbody tr[data-testid]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-testid")))).map((id) => id!.replace(/^dossier-/, ""));
const cellsOf = async (page: Page, caseId: string) => (await rowOf(page, caseId).locator("th, td").allTextContents()).map((t) => t.trim());

/**
 * Two cases through the services' APIs: Ariège, two actors invited, one answer, closed, its
 * workshop day (drafted at the closing) scheduled; Meuse, one actor invited, still open.
 */
async function twoCases(urls: { questionnaire: string; workshops: string; projects: string }) {
  const questionnaire = apiClient(urls.questionnaire, anctToken);
  expect((await questionnaire.mutate("templates.saveDraft", template)).status).toBe(200);
  expect((await questionnaire.mutate("templates.publish", { templateId: template.templateId, version: 1 })).status).toBe(200);
  const open = async (departmentCode: string, title: string, organisations: string[]) => {
    const opened = await questionnaire.mutate<{ campaignId: string; caseId: string }>("campaigns.open", {
      departmentCode,
      edition: 2026,
      title,
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      templateId: template.templateId,
      invitations: organisations.map((organisation) => ({ organisation, actorType: "epci", territory: null })),
    });
    expect(opened.status).toBe(200);
    return opened.data.campaignId;
  };
  const ariege = await open("09", "Questionnaire de cadrage — Ariège", ["CC Couserans-Pyrénées", "CC du Pays de Foix-Varilhes"]);
  await open("55", "Questionnaire de cadrage — Meuse", ["CC Côtes de Meuse Woëvre"]);
  const [link] = (await questionnaire.query<{ token: string }[]>("campaigns.invitationLinks", { campaignId: ariege })).data;
  expect((await apiClient(urls.questionnaire).mutate("respondent.submit", { token: link!.token, answers: { mediation: "oui" } })).status).toBe(200);
  expect((await questionnaire.mutate("campaigns.close", { campaignId: ariege })).status).toBe(200);
  const prefecture = apiClient(urls.workshops, await testToken("prefecture", ["09"], "pref-09"));
  const workshop = await waitFor(async () => {
    const answer = await prefecture.query<{ workshopId: string; version: number }>("workshops.byCase", { caseId: ARIEGE });
    return answer.status === 200 && answer.data;
  }, { what: "the draft workshop day" });
  const scheduled = await prefecture.mutate("workshops.schedule", {
    workshopId: workshop.workshopId, expectedVersion: workshop.version, date: "2026-06-15", venue: "Préfecture de l'Ariège, Foix",
  });
  expect(scheduled.status).toBe(200);

  const projects = apiClient(urls.projects, anctToken);
  await waitFor(async () => {
    const cases = (await projects.query<{ caseId: string; stage: string; workshopId: string | null; counts: { answered: number } }[]>("cases.list")).data ?? [];
    const ariegeCase = cases.find((c) => c.caseId === ARIEGE);
    return cases.length === 2 && ariegeCase?.stage === "questionnaire-closed" && ariegeCase.workshopId !== null && ariegeCase.counts.answered === 1;
  }, { what: "both cases, Ariège closed with its workshop day scheduled", timeoutMs: 45_000 });
  return { ariegeCampaignId: ariege };
}

let ariegeCampaignId: string;

beforeAll(async () => {
  stack = await startWebStack(env);
  ({ web, browser } = stack);
  const { questionnaire, workshops, projects } = stack.urls;
  anctToken = await testToken("anct", [], "agent-anct");
  ({ ariegeCampaignId } = await twoCases({ questionnaire, workshops, projects }));
});

afterAll(async () => {
  await stack?.stop();
});

describe("the cases of every département, through the page", () => {
  it("shows ANCT every case with its stage and counts, filters them, and leads to a case's projects", async () => {
    const page = await signedInPage(anctToken);
    await page.goto(web.url);
    await page.getByRole("link", { name: "Dossiers", exact: true }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Dossiers territoriaux");
    await expect.poll(() => shownCases(page)).toEqual([ARIEGE, MEUSE]);
    expect((await cellsOf(page, ARIEGE)).slice(0, 9)).toEqual(["Ariège (09)", "2026", "Questionnaire de cadrage — Ariège", "Questionnaire clos", "1 / 2", "0", "0", "0", "0"]);
    expect((await cellsOf(page, MEUSE)).slice(0, 5)).toEqual(["Meuse (55)", "2026", "Questionnaire de cadrage — Meuse", "Questionnaire en cours", "0 / 1"]);
    expect(await rowOf(page, ARIEGE).getByRole("link", { name: "Campagne du dossier Ariège 2026" }).getAttribute("href")).toBe(`/campagnes/${ariegeCampaignId}`);
    expect(await rowOf(page, ARIEGE).getByRole("link", { name: "Atelier du dossier Ariège 2026" }).getAttribute("href")).toMatch(/^\/ateliers\//);
    // Meuse's campaign is open: no workshop day yet.
    expect(await rowOf(page, MEUSE).getByRole("link", { name: /^Atelier/ }).count()).toBe(0);
    await checkedPage(page, "dossiers");

    await page.getByLabel(/Département/).selectOption("55");
    await expect.poll(() => shownCases(page)).toEqual([MEUSE]);
    expect(new URL(page.url()).search).toBe("?departement=55");
    await page.getByLabel(/Étape/).selectOption({ label: "Questionnaire clos" });
    await expect.poll(() => page.locator("main").innerText()).toContain("Aucun dossier ne correspond à ces filtres.");
    await page.getByLabel(/Département/).selectOption("");
    await expect.poll(() => shownCases(page)).toEqual([ARIEGE]);
    await checkedPage(page, "dossiers-filtres");

    await page.getByRole("link", { name: "Projets du dossier Ariège 2026" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Projets du dossier ${ARIEGE}`);
    // Back to the list, as it was left.
    await page.goBack();
    await expect.poll(() => shownCases(page)).toEqual([ARIEGE]);
    expect(await page.getByLabel(/Étape/).inputValue()).toBe("questionnaire-closed");
    await page.close();
  });

  it("shows a préfecture only its own département's cases", async () => {
    const page = await signedInPage(await testToken("prefecture", ["55"], "pref-55"));
    await page.goto(`${web.url}/dossiers`);
    await expect.poll(() => shownCases(page)).toEqual([MEUSE]);
    expect(await page.getByLabel(/Département/).locator("option").allTextContents()).toEqual(["Tous les départements", "Meuse (55)"]);
    expect(await page.locator("main").innerText()).not.toContain("Ariège");
    await checkedPage(page, "dossiers-prefecture");
    await page.close();
  });
});
