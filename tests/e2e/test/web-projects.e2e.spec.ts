import { randomUUID } from "node:crypto";
import { apiClient, isolatedTestEnvironment, testToken, waitFor } from "@tetris/shared/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedPage, startWebStack, type WebStack } from "./web-stack.js";

const env = isolatedTestEnvironment("web-projects");
let stack: WebStack;
let web: WebStack["web"];
let browser: Browser;
let anctToken: string;
let caseId: string;
let tiersLieu: { projectId: string; title: string };
let formation: { projectId: string; title: string };

const SAINT_GIRONS = { kind: "commune" as const, code: "09261" };
const GARE = "Réhabiliter l'ancienne gare de Saint-Girons en tiers-lieu avec coworking et fablab";

/** A questionnaire small enough to answer in a test, with a free text on tiers-lieux to quote as evidence. */
const template = {
  templateId: "mini-projets",
  title: "Questionnaire court",
  description: "",
  themes: [
    { code: "inclusion-mediation", label: "Inclusion et médiation numérique" },
    { code: "tiers-lieux", label: "Tiers-lieux" },
  ],
  sections: [
    {
      id: "s1",
      title: "Le territoire",
      questions: [
        { id: "mediation", type: "single-choice", label: "Les habitants manquent-ils d'accompagnement au numérique ?", required: true, options: [
          { value: "oui", label: "Oui, beaucoup", scores: [{ themeCode: "inclusion-mediation", points: 4 }] },
          { value: "non", label: "Non", scores: [] },
        ] },
        { id: "tiers-lieu", type: "long-text", label: "Décrivez votre projet de tiers-lieu", required: true, maxLength: 2000, themes: ["tiers-lieux"] },
      ],
    },
  ],
};

/** A page signed in with the given token, as the sign-in page leaves it (sessionStorage), confirming every dialog. */
async function signedInPage(token: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript((t) => sessionStorage.setItem("tetris.token", t), token);
  page.on("dialog", (dialog) => void dialog.accept());
  return page;
}

const mainText = (page: Page) => page.locator("main").innerText();
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * The upstream of an Ariège case, through the services' APIs: a campaign opened, answered and
 * closed; the workshop day it opens, two needs captured (one quoting the answer), two
 * candidate projects, the day completed.
 */
async function ariegeCase(urls: { questionnaire: string; workshops: string; projects: string }) {
  const questionnaire = apiClient(urls.questionnaire, anctToken);
  expect((await questionnaire.mutate("templates.saveDraft", template)).status).toBe(200);
  expect((await questionnaire.mutate("templates.publish", { templateId: template.templateId, version: 1 })).status).toBe(200);
  const opened = await questionnaire.mutate<{ campaignId: string; caseId: string }>("campaigns.open", {
    departmentCode: "09",
    edition: 2026,
    title: "Questionnaire de cadrage — Ariège",
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    templateId: template.templateId,
    invitations: [{ organisation: "CC Couserans-Pyrénées", actorType: "epci", territory: SAINT_GIRONS }],
  });
  expect(opened.status).toBe(200);
  const { campaignId } = opened.data;
  const [link] = (await questionnaire.query<{ invitationId: string; token: string }[]>("campaigns.invitationLinks", { campaignId })).data;
  const submitted = await apiClient(urls.questionnaire).mutate("respondent.submit", { token: link!.token, answers: { mediation: "oui", "tiers-lieu": GARE } });
  expect(submitted.status).toBe(200);
  expect((await questionnaire.mutate("campaigns.close", { campaignId })).status).toBe(200);

  const prefecture = apiClient(urls.workshops, await testToken("prefecture", ["09"], "pref-09"));
  const workshop = await waitFor(async () => {
    const answer = await prefecture.query<{ workshopId: string; sessions: { sessionId: string }[] }>("workshops.byCase", { caseId: opened.data.caseId });
    return answer.status === 200 && answer.data;
  }, { what: "the draft workshop day" });
  const sessionId = workshop.sessions[0]!.sessionId;
  const needIds = [randomUUID(), randomUUID()];
  const captured = await Promise.all([
    prefecture.mutate("needs.capture", {
      workshopId: workshop.workshopId, needId: needIds[0], sessionId, themeCode: "tiers-lieux", urgency: 4, impact: 5,
      statement: "Un tiers-lieu avec coworking dans l'ancienne gare de Saint-Girons",
      territories: [SAINT_GIRONS], evidence: [{ responseId: link!.invitationId, questionId: "tiers-lieu" }],
    }),
    prefecture.mutate("needs.capture", {
      workshopId: workshop.workshopId, needId: needIds[1], sessionId, themeCode: "inclusion-mediation", urgency: 3, impact: 3,
      statement: "Former les secrétaires de mairie à accompagner les démarches en ligne",
    }),
  ]);
  expect(captured.map((c) => c.status)).toEqual([200, 200]);
  const candidates = [
    { title: "Tiers-lieu de la gare de Saint-Girons", kind: "tiers-lieu", leadOrganisation: "CC Couserans-Pyrénées", maturity: "esquisse", needIds: [needIds[0]], budgetRange: { minEuros: 150000, maxEuros: 300000 } },
    { title: "Formation des secrétaires de mairie", kind: "numerique", leadOrganisation: "Centre de gestion de l'Ariège", maturity: "idee", needIds: [needIds[1]] },
  ];
  for (const candidate of candidates) {
    expect((await prefecture.mutate("candidates.create", { workshopId: workshop.workshopId, ...candidate })).status).toBe(200);
  }
  const { version } = (await prefecture.query<{ version: number }>("workshops.get", { workshopId: workshop.workshopId })).data;
  expect((await prefecture.mutate("workshops.complete", { workshopId: workshop.workshopId, expectedVersion: version })).status).toBe(200);

  const projects = apiClient(urls.projects, anctToken);
  const registered = await waitFor(async () => {
    const answer = await projects.query<{ projectId: string; title: string }[]>("projects.byCase", { caseId: opened.data.caseId });
    return answer.data?.length === 2 && answer.data;
  }, { what: "the two projects of the case", timeoutMs: 45_000 });
  return { caseId: opened.data.caseId, projects: registered, api: projects };
}

let projectsApi: ReturnType<typeof apiClient>;

beforeAll(async () => {
  stack = await startWebStack(env);
  ({ web, browser } = stack);
  const { questionnaire, workshops, projects } = stack.urls;
  anctToken = await testToken("anct", [], "agent-anct");
  const built = await ariegeCase({ questionnaire, workshops, projects });
  caseId = built.caseId;
  projectsApi = built.api;
  tiersLieu = built.projects.find((p) => p.title.startsWith("Tiers-lieu"))!;
  formation = built.projects.find((p) => p.title.startsWith("Formation"))!;
});

afterAll(async () => {
  await stack?.stop();
});

describe("prioritising and accompanying projects, through the pages", () => {
  it("edits the weights, refusing a save made on a grid changed meanwhile", async () => {
    const page = await signedInPage(anctToken);
    await page.goto(`${web.url}/dossiers/${encodeURIComponent(caseId)}/projets`);
    await expect.poll(() => page.locator("h1").textContent()).toBe(`Projets du dossier ${caseId}`);
    await checkedPage(page, "projets-dossier");

    // Someone else saves the grid after the page was read: the page's save is refused.
    const grid = (await projectsApi.query<{ version: number; criteria: unknown[] }>("prioritisation.ranking", { caseId })).data;
    expect((await projectsApi.mutate("prioritisation.setCriteria", { caseId, expectedVersion: grid.version, criteria: grid.criteria })).status).toBe(200);
    await page.getByLabel(/Votes de l'atelier/).fill("2");
    await page.getByRole("button", { name: "Enregistrer les poids" }).click();
    await expect.poll(() => page.getByRole("alert").allTextContents()).toEqual([expect.stringContaining("La grille a été modifiée entre-temps")]);
    await page.getByRole("button", { name: "Recharger la grille" }).click();
    await expect.poll(() => page.getByRole("alert").count()).toBe(0);

    await page.getByLabel(/Votes de l'atelier/).fill("-1");
    await page.getByRole("button", { name: "Enregistrer les poids" }).click();
    await expect.poll(() => page.locator("#poids-5-erreur").textContent()).toContain("ne peut pas être négatif");
    await page.getByLabel(/Votes de l'atelier/).fill("2");
    await page.getByRole("button", { name: "Enregistrer les poids" }).click();
    await expect.poll(() => page.getByRole("status").allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining("Poids enregistrés")]));
    await page.close();
  });

  it("scores every criterion of both projects, ranks them, publishes the ranking and decides", async () => {
    const page = await signedInPage(anctToken);
    await page.goto(`${web.url}/dossiers/${encodeURIComponent(caseId)}/projets`);
    await expect.poll(() => page.locator("#grille").count()).toBe(1);
    const rows = await page.locator("section[aria-labelledby=grille] tbody th a").allTextContents();
    expect([...rows].sort()).toEqual([formation.title, tiersLieu.title]);
    const criteria = await page.locator("section[aria-labelledby=grille] thead th").count() - 1;
    expect(criteria).toBe(6);

    // A justification too short is refused under its field, before any call.
    await page.locator("#noter-0-0").click();
    await page.locator("#note-score").selectOption("4");
    await page.locator("#note-justification").fill("Court");
    await page.getByRole("button", { name: "Enregistrer la note" }).click();
    await expect.poll(() => page.locator("#note-justification-erreur").textContent()).toContain("10 caractères");
    await page.getByRole("button", { name: "Annuler", exact: true }).click();

    for (const [pi, title] of rows.entries()) {
      const score = title === tiersLieu.title ? "5" : "2";
      for (let ci = 0; ci < criteria; ci++) {
        await page.locator(`#noter-${pi}-${ci}`).click();
        await page.locator("#note-score").selectOption(score);
        await page.locator("#note-justification").fill(`Appréciation argumentée du critère ${ci + 1} pour ce projet.`);
        await page.getByRole("button", { name: "Enregistrer la note" }).click();
        await expect.poll(() => page.getByTestId(`note-${pi}-${ci}`).textContent(), { timeout: 10_000 }).toContain(`${score} / 5`);
      }
    }
    await checkedPage(page, "projets-dossier-notes");

    // The ranking follows the scores; the robustness is said in one sentence.
    const ranking = page.locator("section[aria-labelledby=classement] table").first();
    await expect.poll(() => ranking.locator("tbody tr").first().innerText()).toContain(tiersLieu.title);
    await expect.poll(() => ranking.locator("tbody tr").first().locator("td").first().textContent()).toBe("1");
    await expect.poll(() => page.getByTestId("robustesse").textContent()).toContain("Classement stable");
    await page.getByRole("button", { name: "Publier le classement" }).click();
    await expect.poll(() => mainText(page)).toContain("Classement publié le");

    // The reason is required, and said under its field.
    const select = page.getByRole("button", { name: `Retenir « ${tiersLieu.title} »`, exact: true });
    await select.click();
    await expect.poll(() => page.locator("#decision-0-motif-erreur, #decision-1-motif-erreur").first().textContent()).toContain("Motivez la décision");
    const decisionOf = (title: string) => page.locator("article", { has: page.getByRole("heading", { name: title }) });
    await decisionOf(tiersLieu.title).getByLabel(/Motif de la décision/).fill("Projet mûr, porté par l'intercommunalité, au premier rang du classement.");
    await select.click();
    await expect.poll(() => decisionOf(tiersLieu.title).innerText()).toContain("Retenu le");
    await decisionOf(formation.title).getByLabel(/Motif de la décision/).fill("À reprendre avec le centre de gestion lors de la prochaine édition.");
    await page.getByRole("button", { name: `Ne pas retenir « ${formation.title} »`, exact: true }).click();
    await expect.poll(() => decisionOf(formation.title).innerText()).toContain("Non retenu le");

    // The case's history, with French dates.
    await expect.poll(() => page.locator("section[aria-labelledby=historique] li").count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    expect(await page.locator("section[aria-labelledby=historique] time").first().textContent()).toMatch(/\d{1,2} \p{L}+ \d{4}/u);
    await checkedPage(page, "projets-dossier-decisions");
    await page.close();
  });

  it("plans the selected project's accompaniment and follows it to delivery", async () => {
    const page = await signedInPage(anctToken);
    await page.goto(`${web.url}/dossiers/${encodeURIComponent(caseId)}/projets`);
    await page.locator("article").getByRole("link", { name: tiersLieu.title }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(tiersLieu.title);
    await expect.poll(() => page.getByTestId("statut").textContent()).toBe("Retenu");
    // Where the project comes from: the need and the questionnaire answer behind it.
    await expect.poll(() => page.locator("section[aria-labelledby=tracabilite]").innerText()).toContain(GARE);
    expect(await page.locator("section[aria-labelledby=tracabilite]").innerText()).toContain("CC Couserans-Pyrénées");
    await checkedPage(page, "projet-retenu");

    // An empty plan is refused field by field.
    await page.getByRole("button", { name: "Enregistrer le plan d'accompagnement" }).click();
    await expect.poll(() => mainText(page)).toContain("Cochez au moins un levier.");
    expect(await page.locator("#plan-referent-erreur").textContent()).toContain("référent");

    await page.locator("label.fr-label", { hasText: "Ingénierie ANCT sur mesure" }).click();
    await page.getByLabel(/Référent ANCT/).fill("Claire Martin (ANCT)");
    await page.getByLabel(/Partenaires/).fill("Banque des territoires\nConseil départemental de l'Ariège");
    await page.getByLabel(/Intitulé du jalon 1/).fill("Étude de faisabilité");
    await page.getByLabel(/Échéance du jalon 1/).fill(isoDay(-3));
    await page.getByRole("button", { name: "Ajouter un jalon" }).click();
    await page.getByLabel(/Intitulé du jalon 2/).fill("Ouverture du tiers-lieu");
    await page.getByLabel(/Échéance du jalon 2/).fill(isoDay(120));
    await page.getByRole("button", { name: "Enregistrer le plan d'accompagnement" }).click();
    await expect.poll(() => page.getByTestId("statut").textContent(), { timeout: 10_000 }).toBe("En accompagnement");
    await expect.poll(() => page.locator("section[aria-labelledby=jalons] tbody tr").first().textContent()).toContain("En retard");
    await expect.poll(() => page.getByTestId("avancement").textContent()).toContain("0 %");
    await checkedPage(page, "projet-accompagne");

    await page.getByRole("button", { name: "Marquer réalisé : Étude de faisabilité" }).click();
    await page.getByRole("button", { name: "Confirmer la réalisation" }).click();
    await expect.poll(() => page.getByTestId("avancement").textContent(), { timeout: 10_000 }).toContain("50 %");
    await page.getByRole("button", { name: "Annuler le jalon : Ouverture du tiers-lieu" }).click();
    await expect.poll(() => page.getByTestId("avancement").textContent(), { timeout: 10_000 }).toContain("100 %");
    expect(await page.locator("section[aria-labelledby=jalons] tbody").textContent()).not.toContain("En retard");

    await page.getByLabel(/Nouvelle entrée du journal/).fill("Comité de pilotage tenu à Saint-Girons avec la Banque des territoires.");
    await page.getByRole("button", { name: "Ajouter au journal" }).click();
    await expect.poll(() => page.locator("section[aria-labelledby=journal] ol").innerText()).toContain("Comité de pilotage tenu à Saint-Girons");

    await page.locator("label.fr-label", { hasText: "Marquer le projet livré" }).click();
    await page.getByRole("button", { name: "Changer le statut" }).click();
    await expect.poll(() => page.getByTestId("statut").textContent(), { timeout: 10_000 }).toBe("Livré");
    await checkedPage(page, "projet-livre");
    await page.close();
  });

  it("shows ANCT the national view, with the département's funnel, charts and downloads", async () => {
    const page = await signedInPage(anctToken);
    await page.goto(`${web.url}/national`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Vue nationale");
    const row = page.getByTestId("departement-09");
    await expect.poll(async () => {
      await page.getByRole("button", { name: "Actualiser la vue" }).click();
      return (await row.count()) ? (await row.locator("th, td").allTextContents()).map((t) => t.trim()) : [];
    }, { timeout: 20_000 }).toEqual(["Ariège (09)", "1", "1", "2", "2", "1", "1", "1"]);
    expect(await page.locator("figure svg[role=img]").count()).toBe(3);
    expect(await page.locator("figure svg[role=img]").last().getAttribute("aria-label")).toContain("Ingénierie ANCT sur mesure : 1");
    for (const summary of await page.getByText("Voir les données").all()) await summary.click();
    await checkedPage(page, "vue-nationale");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Télécharger : Vue nationale (CSV)" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^tetris-national-\d{4}-\d{2}-\d{2}\.csv$/);
    await page.close();

    const partner = await signedInPage(await testToken("partner", ["09"]));
    await partner.goto(`${web.url}/national`);
    await expect.poll(() => mainText(partner)).toContain("réservée aux agents de l'ANCT");
    // A partner reads the case's grid, ranking and decisions, and changes nothing.
    await partner.goto(`${web.url}/dossiers/${encodeURIComponent(caseId)}/projets`);
    await expect.poll(() => partner.locator("section[aria-labelledby=classement] tbody tr").first().innerText()).toContain(tiersLieu.title);
    expect(await partner.getByRole("button", { name: "Publier le classement" }).count()).toBe(0);
    expect(await partner.locator("section[aria-labelledby=grille] button").count()).toBe(0);
    await checkedPage(partner, "projets-dossier-partenaire");
    await partner.close();
  });
});
