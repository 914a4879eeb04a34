import { apiClient, isolatedTestEnvironment, testToken, type ApiClient } from "@tetris/shared/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedPage, startWebStack, type WebStack } from "./web-stack.js";

const env = isolatedTestEnvironment("web-territory");
let stack: WebStack;
let web: WebStack["web"];
let browser: Browser;
let staffApi: ApiClient;
let staffToken: string;
let campaignId: string;
let tokens: string[];

const VERDUN = "55545";
const GRAND_VERDUN = "200049187";

/** One territory question, as a respondent meets it in the Questionnaire de cadrage. */
const template = {
  templateId: "territoires-web",
  title: "Vos territoires",
  description: "",
  themes: [{ code: "tiers-lieux", label: "Tiers-lieux" }],
  sections: [
    {
      id: "s1",
      title: "Votre territoire",
      questions: [
        { id: "communes", type: "territory", label: "Sur quelles communes ou intercommunalités intervenez-vous ?", required: true, kinds: ["commune", "epci"], multiple: true },
      ],
    },
  ],
};

const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

beforeAll(async () => {
  stack = await startWebStack(env);
  ({ web, browser } = stack);
  staffToken = await testToken("prefecture", ["55"]);
  const anct = apiClient(stack.urls.questionnaire, await testToken("anct"));
  await anct.mutate("templates.saveDraft", template);
  await anct.mutate("templates.publish", { templateId: template.templateId, version: 1 });
  staffApi = apiClient(stack.urls.questionnaire, staffToken);
  const opened = await staffApi.mutate<{ campaignId: string }>("campaigns.open", {
    departmentCode: "55",
    edition: 2026,
    title: "Territoires — Meuse",
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    templateId: template.templateId,
    // No territory given: the question starts empty.
    invitations: [
      { organisation: "Tiers-lieu de Verdun", actorType: "tiers-lieu" },
      { organisation: "Tiers-lieu de Bonzée", actorType: "tiers-lieu" },
    ],
  });
  expect(opened.status).toBe(200);
  campaignId = opened.data.campaignId;
  tokens = (await staffApi.query<{ token: string }[]>("campaigns.invitationLinks", { campaignId })).data.map((l) => l.token);
});

afterAll(async () => {
  await stack?.stop();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "");

/** Reaches a field with Tab only, as a keyboard user does. */
async function tabTo(page: Page, id: string) {
  for (let i = 0; i < 80 && (await focusedId(page)) !== id; i++) await page.keyboard.press("Tab");
  expect(await focusedId(page)).toBe(id);
}

/** Goes down the list with the arrow until the option is the active one. */
async function arrowTo(page: Page, fieldId: string, optionName: string) {
  const field = page.locator(`#${fieldId}`);
  const optionId = await page.getByRole("option", { name: optionName }).getAttribute("id");
  for (let i = 0; i < 60 && (await field.getAttribute("aria-activedescendant")) !== optionId; i++) await page.keyboard.press("ArrowDown");
  expect(await field.getAttribute("aria-activedescendant")).toBe(optionId);
}

describe("choosing territories by name", () => {
  it("has the gateway answer a département's communes and EPCI, and 404 for a code of none", async () => {
    const meuse = await fetch(`${web.url}/referentiel/territoires/55`);
    expect(meuse.status).toBe(200);
    const lists = (await meuse.json()) as { communes: { code: string; name: string }[]; epcis: { code: string; name: string }[] };
    expect(lists.communes).toContainEqual({ code: VERDUN, name: "Verdun" });
    expect(lists.epcis).toContainEqual({ code: GRAND_VERDUN, name: "CA du Grand Verdun" });
    expect((await fetch(`${web.url}/referentiel/territoires/99`)).status).toBe(404);
  });

  for (const [size, viewport, token] of [
    ["telephone", phone, () => tokens[0]!],
    ["ordinateur", desktop, () => tokens[1]!],
  ] as const) {
    it(`lets a respondent find, choose and remove communes with the keyboard only (${size})`, async () => {
      const page = await browser.newPage({ viewport, locale: "fr-FR" });
      await page.goto(`${web.url}/repondre/${token()}`);
      await expect.poll(() => page.locator("h1").textContent()).toBe("Territoires — Meuse");
      await page.getByRole("button", { name: /^(Commencer|Reprendre) le questionnaire$/ }).press("Enter");
      const field = page.getByRole("combobox", { name: /^Sur quelles communes/ });
      await expect.poll(() => field.isEnabled()).toBe(true);

      await tabTo(page, "q-communes");
      await page.keyboard.type("verd");
      await expect.poll(() => field.getAttribute("aria-expanded")).toBe("true");
      // Verdun first, its name starting so; then the names with a word starting so (« …-en-Verdunois »).
      const found = await page.getByRole("option").allTextContents();
      expect(found.slice(0, 2)).toEqual(["Verdun — commune, 55545", "CA du Grand Verdun — EPCI, 200049187"]);
      expect(found).toHaveLength(6);
      expect(await page.getByRole("status").filter({ hasText: "résultats" }).textContent()).toBe("6 résultats, à parcourir avec les flèches haut et bas.");
      await arrowTo(page, "q-communes", "Verdun — commune, 55545");
      await checkedPage(page, `territoire-liste-${size}`);
      await page.keyboard.press("Enter");
      await expect.poll(() => field.getAttribute("aria-expanded")).toBe("false");
      expect(await field.inputValue()).toBe("");
      expect(await focusedId(page)).toBe("q-communes");

      // Without accents or capitals, by the start of the name.
      await page.keyboard.type("BONZEE");
      await arrowTo(page, "q-communes", "Bonzée — commune, 55060");
      await page.keyboard.press("Enter");
      const tags = page.getByRole("list", { name: "Territoires choisis" }).getByRole("button");
      await expect.poll(() => tags.allTextContents()).toEqual(["Verdun (55545)", "Bonzée (55060)"]);

      // Home and End go through a long list; Escape closes it, then empties the field.
      await page.keyboard.type("b");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("End");
      const options = await page.getByRole("option").evaluateAll((all) => all.map((o) => o.id));
      expect(options).toHaveLength(50);
      expect(await page.getByRole("status").filter({ hasText: "premiers résultats" }).textContent()).toMatch(/^50 premiers résultats sur \d+ : tapez davantage de lettres pour préciser\.$/);
      expect(await field.getAttribute("aria-activedescendant")).toBe(options.at(-1));
      await page.keyboard.press("Home");
      expect(await field.getAttribute("aria-activedescendant")).toBe(options[0]);
      await page.keyboard.press("Escape");
      expect(await field.getAttribute("aria-expanded")).toBe("false");
      await page.keyboard.press("Escape");
      expect(await field.inputValue()).toBe("");

      // The tags come before the field: Shift + Tab reaches the last one, Enter removes it.
      await page.keyboard.press("Shift+Tab");
      expect(await focusedName(page)).toBe("Retirer Bonzée (55060)");
      await page.keyboard.press("Enter");
      await expect.poll(() => tags.allTextContents()).toEqual(["Verdun (55545)"]);
      expect(await focusedId(page)).toBe("q-communes");
      await checkedPage(page, `territoire-choisi-${size}`);

      // The draft saved on the server holds the code.
      const respondent = apiClient(stack.urls.questionnaire);
      await expect
        .poll(async () => (await respondent.query<{ draft: Record<string, unknown> }>("respondent.open", { token: token() })).data.draft, { timeout: 10_000 })
        .toEqual({ communes: [VERDUN] });
      await page.close();
    });
  }

  it("lets staff invite an actor for a territory chosen by its name, and names it in the list", async () => {
    const context = await browser.newContext({ viewport: phone, locale: "fr-FR" });
    await context.addInitScript((t) => sessionStorage.setItem("tetris.token", t), staffToken);
    const page = await context.newPage();
    await page.goto(`${web.url}/campagnes/${encodeURIComponent(campaignId)}`);
    await page.getByLabel(/^Organisation/).fill("CA du Grand Verdun");
    await page.getByLabel(/^Type d'acteur/).selectOption("epci");
    const field = page.getByRole("combobox", { name: /^Commune ou intercommunalité/ });
    await expect.poll(() => field.isEnabled()).toBe(true);
    await field.focus();
    await page.keyboard.type("grand verd");
    await arrowTo(page, "invitation-territory", "CA du Grand Verdun — EPCI, 200049187");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("list", { name: "Territoire choisi" }).textContent()).toBe("CA du Grand Verdun (200049187)");
    await checkedPage(page, "territoire-invitation");
    await page.getByRole("button", { name: "Inviter l'acteur" }).click();
    await expect.poll(() => page.getByRole("status").allTextContents(), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining("CA du Grand Verdun est invité(e)")]),
    );

    const campaign = (await staffApi.query<{ invitations: { organisation: string; territory: unknown }[] }>("campaigns.get", { campaignId })).data;
    expect(campaign.invitations.find((i) => i.organisation === "CA du Grand Verdun")?.territory).toEqual({ kind: "epci", code: GRAND_VERDUN, name: "CA du Grand Verdun" });
    await expect.poll(() => page.locator("table").first().textContent()).toContain("CA du Grand Verdun (EPCI 200049187)");
    await context.close();
  });
});
