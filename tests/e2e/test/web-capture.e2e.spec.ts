import { randomUUID } from "node:crypto";
import { apiClient, isolatedTestEnvironment, testToken, waitFor, type ApiClient } from "@tetris/shared/testing";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseTerritory } from "./territory-field.js";
import { checkedPage, startWebStack, type WebStack } from "./web-stack.js";

const env = isolatedTestEnvironment("web-capture");
let stack: WebStack;
let web: WebStack["web"];
let browser: Browser;
let staffToken: string;
let workshopsApi: ApiClient;
let workshopId: string;
let firstSession: { sessionId: string; title: string };
/** The session whose evidence quotes the setup's free text, and that free text. */
let quotingSession: DraftSession;
let quotedAnswer: FreeText;

interface FreeText {
  responseId?: string;
  questionId?: string;
  organisation: string;
  questionLabel: string;
  text: string;
}
interface DraftSession {
  sessionId: string;
  title: string;
  themeCode: string;
  evidence: { freeTexts: FreeText[] };
}

const MAYORS = "Association des maires de la Meuse";
const MEDIATION_NEEDS =
  "Dans les villages du sud meusien, les secrétaires de mairie font seules l'accompagnement aux démarches en ligne : il faudrait un conseiller numérique qui tienne des permanences itinérantes.";

interface Need {
  needId: string;
  sessionId: string;
  statement: string;
  urgency: number;
  impact: number;
  territories: { code: string; name: string }[];
  evidence: { responseId: string; organisation: string; questionId: string; questionLabel: string; value: unknown }[];
}

const queueKey = () => `tetris.saisie.${workshopId}`;

async function storedNeeds(): Promise<Need[]> {
  const answer = await workshopsApi.query<Need[]>("needs.list", { workshopId });
  expect(answer.status).toBe(200);
  return answer.data;
}

const status = (page: Page) => page.getByTestId("etat-envoi").textContent();
const statement = (page: Page) => page.locator("#saisie-besoin");
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);
const queued = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "[]") as { needId: string; state: string }[], queueKey());

/** DSFR draws its own radio buttons: a person clicks the label, and so does the test. */
const score = (page: Page, field: "urgence" | "impact", n: number) => page.locator(`label[for="saisie-${field}-${n}"]`).click();

/** Types a need as a facilitator does, and sends it with Ctrl + Entrée from the statement. */
async function typeNeed(page: Page, text: string, options: { urgency?: number; impact?: number; territories?: string[] } = {}) {
  await statement(page).fill(text);
  if (options.urgency) await score(page, "urgence", options.urgency);
  if (options.impact) await score(page, "impact", options.impact);
  for (const code of options.territories ?? []) await chooseTerritory(page.locator("#saisie-territoires"), code);
  await statement(page).press("Control+Enter");
  // Cleared for the next need, the focus kept in the statement.
  await expect.poll(() => statement(page).inputValue()).toBe("");
  await expect.poll(() => focusedId(page)).toBe("saisie-besoin");
}

/** A need left pending in this device's queue by an older page (its draft in the shape that page wrote). */
async function queueFromOlderPage(page: Page, needId: string, draft: { statement: string; territories: string; evidence?: unknown[] }) {
  const item = {
    needId,
    workshopId,
    draft: { sessionId: quotingSession.sessionId, themeCode: quotingSession.themeCode, existing: "", blockers: "", urgency: 3, impact: 3, ...draft },
    queuedAt: new Date().toISOString(),
    attempts: 0,
    state: "pending",
    rejection: null,
  };
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: queueKey(), value: JSON.stringify([item]) });
}

async function staffContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((token) => sessionStorage.setItem("tetris.token", token), staffToken);
  return context;
}

beforeAll(async () => {
  stack = await startWebStack(env);
  ({ web, browser } = stack);
  const { questionnaire, workshops } = stack.urls;

  // A campaign with the default template, answered once with a long free text on mediation, then
  // closed: the questionnaire publishes CampaignClosed, the workshops service prepares the draft
  // day from it, each session with the answers on its theme.
  const anct = apiClient(questionnaire, await testToken("anct"));
  const opened = await anct.mutate<{ campaignId: string; caseId: string }>("campaigns.open", {
    departmentCode: "55",
    edition: 2026,
    title: "Questionnaire de cadrage — Meuse",
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    invitations: [{ organisation: MAYORS, actorType: "association-des-maires" }],
  });
  expect(opened.status).toBe(200);
  const [link] = (await anct.query<{ token: string }[]>("campaigns.invitationLinks", { campaignId: opened.data.campaignId })).data;
  const submitted = await apiClient(questionnaire).mutate("respondent.submit", {
    token: link!.token,
    answers: {
      "structure-type": "association-elus",
      repondant: "Jeanne Collin, présidente",
      territoires: ["55029"],
      "inclusion-difficultes": 4,
      "inclusion-besoins": MEDIATION_NEEDS,
      fibre: "en-retard",
      mobile: "oui-ponctuel",
      "tiers-lieu": "en-projet",
      "cyber-incident": "non",
      appuis: ["conseillers"],
      "classement-thematiques": ["inclusion-mediation", "infrastructures", "tiers-lieux"],
    },
  });
  expect(submitted.status, JSON.stringify(submitted.error)).toBe(200);
  expect((await anct.mutate("campaigns.close", { campaignId: opened.data.campaignId })).status).toBe(200);

  staffToken = await testToken("prefecture", ["55"], "pref-55");
  workshopsApi = apiClient(workshops, staffToken);
  const workshop = await waitFor(async () => {
    const answer = await workshopsApi.query<{ workshopId: string; sessions: DraftSession[] }>("workshops.byCase", {
      caseId: opened.data.caseId,
    });
    return answer.status === 200 && answer.data;
  }, { what: "the draft workshop day" });
  workshopId = workshop.workshopId;
  firstSession = workshop.sessions[0]!;
  const quoting = workshop.sessions.find((s) => s.evidence.freeTexts.some((t) => t.text === MEDIATION_NEEDS && t.responseId && t.questionId));
  expect(quoting, "a session quoting the free text, with its response and question").toBeDefined();
  quotingSession = quoting!;
  quotedAnswer = quoting!.evidence.freeTexts.find((t) => t.text === MEDIATION_NEEDS)!;
});

afterAll(async () => {
  await stack?.stop();
});

describe("the live capture of needs, through the gateway", () => {
  it("captures online, keeps captures offline, sends each need exactly once when the network is back", async () => {
    const context = await staffContext();
    const page = await context.newPage();
    await page.goto(`${web.url}/ateliers/${encodeURIComponent(workshopId)}/saisie`);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Saisie des besoins");
    await expect.poll(() => status(page)).toBe("Tout est enregistré.");
    // The first session is chosen, its theme proposed, the statement ready for typing.
    await expect.poll(() => page.locator("#atelier-en-cours option:checked").textContent()).toContain(firstSession.title);
    await expect.poll(() => focusedId(page)).toBe("saisie-besoin");
    await checkedPage(page, "saisie-besoins-vide");

    // Online: sent at once, listed.
    await typeNeed(page, "Former les secrétaires de mairie aux démarches en ligne", { urgency: 4, impact: 5, territories: ["55029"] });
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe("Tout est enregistré.");
    await expect.poll(() => page.getByTestId("besoins-saisis").textContent()).toContain("Former les secrétaires de mairie aux démarches en ligne");
    await expect.poll(() => page.getByTestId("besoins-saisis").textContent()).toContain("Bar-le-Duc");
    const first = await storedNeeds();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ sessionId: firstSession.sessionId, urgency: 4, impact: 5, territories: [{ code: "55029", name: "Bar-le-Duc" }] });

    // Offline: both captures wait on the device, none reaches the server.
    await context.setOffline(true);
    await expect.poll(() => status(page)).toContain("Hors ligne");
    await typeNeed(page, "Un conseiller numérique itinérant pour les villages du nord meusien", { urgency: 5 });
    await statement(page).fill("Couvrir en 4G la vallée de la Saulx, zone blanche pour les agriculteurs");
    await page.getByRole("button", { name: "Enregistrer le besoin" }).click();
    await expect.poll(() => statement(page).inputValue()).toBe("");
    await expect.poll(() => focusedId(page)).toBe("saisie-besoin");
    await expect.poll(() => status(page)).toBe("Hors ligne : 2 besoins en attente, ils partiront au retour du réseau.");
    expect((await queued(page)).map((i) => i.state)).toEqual(["pending", "pending"]);
    await expect.poll(() => page.getByTestId("besoins-saisis").textContent()).toContain("En attente d'envoi");
    await checkedPage(page, "saisie-besoins-hors-ligne");
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await storedNeeds()).toHaveLength(1);

    // Back online: both arrive, once each.
    await context.setOffline(false);
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe("Tout est enregistré.");
    await waitFor(async () => (await storedNeeds()).length === 3, { what: "the two needs captured offline" });
    const afterReturn = await storedNeeds();
    expect(new Set(afterReturn.map((n) => n.needId)).size).toBe(3);
    expect(afterReturn.map((n) => n.statement)).toEqual([
      "Former les secrétaires de mairie aux démarches en ligne",
      "Un conseiller numérique itinérant pour les villages du nord meusien",
      "Couvrir en 4G la vallée de la Saulx, zone blanche pour les agriculteurs",
    ]);
    expect(await queued(page)).toEqual([]);
    // Newest first.
    await expect.poll(() => page.getByTestId("besoins-saisis").locator(":scope > li").count()).toBe(3);
    expect(await page.getByTestId("besoins-saisis").locator(":scope > li").first().textContent()).toContain("Couvrir en 4G la vallée de la Saulx");

    // Reloaded: nothing left in the queue, nothing sent again.
    await page.reload();
    await expect.poll(() => status(page)).toBe("Tout est enregistré.");
    await expect.poll(() => page.getByTestId("besoins-saisis").locator(":scope > li").count()).toBe(3);
    expect(await queued(page)).toEqual([]);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await storedNeeds()).toHaveLength(3);
    await checkedPage(page, "saisie-besoins-apres-retour");
    await context.close();
  });

  it("sends again a capture whose answer was lost: the server stores it once", async () => {
    const context = await staffContext();
    const page = await context.newPage();
    // The first capture reaches the server, but its answer never comes back to the browser.
    let captures = 0;
    await page.route((url) => url.pathname.endsWith("/needs.capture"), async (route) => {
      captures += 1;
      if (captures === 1) {
        await route.fetch();
        await route.abort("connectionreset");
      } else {
        await route.continue();
      }
    });
    await page.goto(`${web.url}/ateliers/${encodeURIComponent(workshopId)}/saisie`);
    await expect.poll(() => status(page)).toBe("Tout est enregistré.");
    const before = (await storedNeeds()).length;

    await typeNeed(page, "Ouvrir un tiers-lieu à Commercy avec un espace de coworking");
    await expect.poll(() => status(page)).toContain("Le serveur ne répond pas");
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe("Tout est enregistré.");
    expect(captures).toBe(2);
    const after = await storedNeeds();
    expect(after).toHaveLength(before + 1);
    expect(after.filter((n) => n.statement.startsWith("Ouvrir un tiers-lieu à Commercy"))).toHaveLength(1);
    await context.close();
  });

  it("keeps a need the server refuses in « À corriger », with the error on its field, until it is corrected", async () => {
    const context = await staffContext();
    const page = await context.newPage();
    await page.goto(`${web.url}/ateliers/${encodeURIComponent(workshopId)}/saisie`);
    await expect.poll(() => status(page)).toBe("Tout est enregistré.");
    const before = (await storedNeeds()).length;

    // Checked on the device: too short, not queued.
    await statement(page).fill("Wifi");
    await statement(page).press("Control+Enter");
    await expect.poll(() => page.locator("#saisie-besoin-erreur").textContent()).toContain("au moins 5 caractères");
    await expect.poll(() => statement(page).getAttribute("aria-describedby")).toContain("saisie-besoin-erreur");
    expect(await queued(page)).toEqual([]);

    // Paris is no commune of the Meuse. The territory field proposes only the Meuse's, but a need
    // queued by an older page, where codes were typed, may hold it: the server answers 400 on it.
    await queueFromOlderPage(page, randomUUID(), {
      statement: "Réseau de médiateurs numériques entre Verdun et Paris",
      territories: "55545 75056",
      evidence: [],
    });
    await page.reload();
    await expect.poll(() => page.locator("#a-corriger").textContent(), { timeout: 10_000 }).toBe("À corriger (1)");
    await expect.poll(() => status(page)).toBe("Tout est enregistré, sauf 1 besoin à corriger ci-dessous.");
    expect((await queued(page)).map((i) => i.state)).toEqual(["rejected"]);
    await expect.poll(() => page.locator("section[aria-labelledby=a-corriger]").textContent()).toContain("75056");
    await checkedPage(page, "saisie-besoins-a-corriger");

    await page.getByRole("button", { name: "Corriger" }).click();
    const territories = page.locator("input[id^=corriger-][id$=-territoires]");
    await expect.poll(() => territories.getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => focusedId(page)).toMatch(/^corriger-.*-territoires$/);
    // Paris goes by keyboard: its tag's button, then Enter; Verdun stays, named.
    await page.getByRole("button", { name: "Retirer 75056" }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("button", { name: /^Retirer / }).allTextContents()).toEqual(["Verdun (55545)"]);
    await page.getByRole("button", { name: "Renvoyer le besoin corrigé" }).click();
    await expect.poll(() => page.locator("#a-corriger").count()).toBe(0);
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe("Tout est enregistré.");
    const after = await storedNeeds();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ statement: "Réseau de médiateurs numériques entre Verdun et Paris", territories: [{ code: "55545" }] });
    expect(await queued(page)).toEqual([]);
    await context.close();
  });

  it("ties a need to the questionnaire answer it echoes, ticked in « Plus de détails », and still sends needs queued without any", async () => {
    const context = await staffContext();
    const page = await context.newPage();
    await page.goto(`${web.url}/ateliers/${encodeURIComponent(workshopId)}/saisie`);
    await expect.poll(() => status(page)).toBe("Tout est enregistré.");

    // A need queued on this device by a page older than the answers' ticking: its draft has no
    // evidence at all, and it still goes, without any.
    const olderNeedId = randomUUID();
    await queueFromOlderPage(page, olderNeedId, { statement: "Un atelier d'initiation au numérique pour les aînés", territories: "" });
    await page.reload();
    await waitFor(async () => (await storedNeeds()).some((n) => n.needId === olderNeedId), { what: "the need queued by an older page" });
    expect((await storedNeeds()).find((n) => n.needId === olderNeedId)?.evidence).toEqual([]);
    await expect.poll(() => status(page)).toBe("Tout est enregistré.");

    await page.locator("#atelier-en-cours").selectOption(quotingSession.sessionId);

    await statement(page).fill("Des permanences itinérantes d'un conseiller numérique dans les villages du sud meusien");
    const details = page.getByRole("button", { name: "Plus de détails" });
    await details.click();
    await expect.poll(() => details.getAttribute("aria-expanded")).toBe("true");
    const answers = page.getByRole("group", { name: /Réponses du questionnaire à l'appui/ });
    const answer = answers.getByRole("checkbox", { name: `${MAYORS}, à « ${quotedAnswer.questionLabel} »` });
    await expect.poll(() => answer.count()).toBe(1);
    await checkedPage(page, "saisie-besoins-reponses-a-l-appui");

    // DSFR draws its own checkboxes: a person clicks the label, and so does the test.
    await page.locator(`label[for="${await answer.getAttribute("id")}"]`).click();
    await expect.poll(() => answer.isChecked()).toBe(true);
    await page.getByRole("button", { name: "Enregistrer le besoin" }).click();
    // Cleared for the next need, the answer unticked with the rest.
    await expect.poll(() => statement(page).inputValue()).toBe("");
    await expect.poll(() => answer.isChecked()).toBe(false);
    await expect.poll(() => status(page), { timeout: 10_000 }).toBe("Tout est enregistré.");

    const need = (await storedNeeds()).find((n) => n.statement.startsWith("Des permanences itinérantes d'un conseiller numérique"));
    expect(need).toMatchObject({ sessionId: quotingSession.sessionId });
    expect(need!.evidence).toEqual([
      {
        responseId: quotedAnswer.responseId,
        organisation: MAYORS,
        questionId: "inclusion-besoins",
        questionLabel: quotedAnswer.questionLabel,
        value: MEDIATION_NEEDS,
      },
    ]);
    await context.close();
  });
});
