import { apiClient, isolatedTestEnvironment, testToken } from "@tetris/shared/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sidewaysOverflow } from "./browser.js";
import { checkedPage, startWebStack, type WebStack } from "./web-stack.js";
import { shortTemplate } from "./short-template.js";

const env = isolatedTestEnvironment("web-shell");
let stack: WebStack;
let web: WebStack["web"];
let browser: Browser;
let anctToken: string;

/** A phone, the DSFR's "Menu" width, a 1280 px screen at 200 % zoom, and that screen. */
const WIDTHS = [320, 390, 640, 1280];
const DESKTOP = 1280;

const PUBLIC_PAGES = [
  { path: "/", name: "accueil", title: "Accueil — Tétris", heading: "Tétris" },
  { path: "/connexion", name: "connexion", title: "Connexion — Tétris", heading: "Connexion des agents" },
  { path: "/accessibilite", name: "accessibilite", title: "Déclaration d'accessibilité — Tétris", heading: "Déclaration d'accessibilité" },
  { path: "/mentions-legales", name: "mentions-legales", title: "Mentions légales — Tétris", heading: "Mentions légales" },
  { path: "/donnees-personnelles", name: "donnees-personnelles", title: "Données personnelles — Tétris", heading: "Données personnelles" },
  { path: "/pas/une/page", name: "page-non-trouvee", title: "Page non trouvée — Tétris", heading: "Page non trouvée" },
];

const STAFF_PAGES = [
  { path: "/", name: "agent-campagnes", title: "Campagnes — Tétris", heading: "Campagnes de questionnaire" },
  { path: "/dossiers", name: "agent-dossiers", title: "Dossiers — Tétris", heading: "Dossiers territoriaux" },
  { path: "/national", name: "agent-national", title: "Vue nationale — Tétris", heading: "Vue nationale" },
];

const GOVERNMENT_SITES = ["info.gouv.fr", "service-public.gouv.fr", "legifrance.gouv.fr", "data.gouv.fr"];
const FOOTER_PAGES = { "Accessibilité : non conforme": "/accessibilite", "Mentions légales": "/mentions-legales", "Données personnelles": "/donnees-personnelles" };

async function openPage(width: number, token?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  if (token) await page.addInitScript((t) => sessionStorage.setItem("tetris.token", t), token);
  return page;
}

async function expectShell(page: Page, expected: { title: string; heading: string; name: string }, width: number) {
  await expect.poll(() => page.locator("h1").first().textContent()).toBe(expected.heading);
  await expect.poll(() => page.title()).toBe(expected.title);
  await expect.poll(() => page.locator("main").textContent()).not.toContain("Chargement…");
  expect(await sidewaysOverflow(page), `sideways scroll of ${expected.name} at ${width} px`).toEqual([]);
  await checkedPage(page, `shell-${expected.name}-${width}`);
}

beforeAll(async () => {
  stack = await startWebStack(env);
  ({ web, browser } = stack);
  anctToken = await testToken("anct", [], "agent-anct");
  // One open campaign, so that the staff pages show a table and not only their empty state.
  const anct = apiClient(stack.urls.questionnaire, anctToken);
  await anct.mutate("templates.saveDraft", shortTemplate);
  await anct.mutate("templates.publish", { templateId: shortTemplate.templateId, version: 1 });
  await anct.mutate("campaigns.open", {
    departmentCode: "55",
    edition: 2026,
    title: "Questionnaire de cadrage — Meuse",
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    templateId: shortTemplate.templateId,
    invitations: [{ organisation: "Communauté de communes du Sammiellois", actorType: "epci", territory: { kind: "epci", code: "200034874" } }],
  });
});

afterAll(async () => {
  await stack?.stop();
});

describe("the shell around every page: header, menu, footer, titles, widths", () => {
  it.each(WIDTHS)("gives every public page its title and heading, no sideways scroll and the footer's mandatory links, at %i px", async (width) => {
    for (const expected of PUBLIC_PAGES) {
      const page = await openPage(width);
      await page.goto(`${web.url}${expected.path}`);
      await expectShell(page, expected, width);
      const footer = page.getByRole("contentinfo");
      for (const site of GOVERNMENT_SITES) expect(await footer.getByRole("link", { name: site }).getAttribute("href")).toBe(`https://${site}`);
      for (const [name, href] of Object.entries(FOOTER_PAGES)) expect(await footer.getByRole("link", { name }).getAttribute("href")).toBe(href);
      expect(await footer.textContent()).toContain("les contenus de ce site sont proposés sous licence etalab-2.0");
      expect(await footer.getByRole("link", { name: /cookies/i }).count()).toBe(0);
      await page.close();
    }
  });

  it("answers a path that is no page with the 404 page and status 404, and the pages with 200", async () => {
    const page = await openPage(DESKTOP);
    const response = await page.goto(`${web.url}/pas/une/page`);
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator("main").textContent()).toContain("Erreur 404");
    expect(await page.locator("main").getByRole("link", { name: "Page d'accueil" }).getAttribute("href")).toBe("/");
    await page.close();
    for (const path of ["/", "/connexion", "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/repondre/un-jeton", "/dossiers/55-2026/projets"]) {
      expect((await fetch(`${web.url}${path}`)).status, path).toBe(200);
    }
  });

  it.each(WIDTHS)("gives a signed-in agent's pages their title and no sideways scroll at %i px", async (width) => {
    for (const expected of STAFF_PAGES) {
      const page = await openPage(width, anctToken);
      await page.goto(`${web.url}${expected.path}`);
      await expectShell(page, expected, width);
      await page.close();
    }
  });

  it("gives a signed-in agent the main navigation and the sign-out in the header on a desktop", async () => {
    const page = await openPage(DESKTOP, anctToken);
    await page.goto(`${web.url}/dossiers`);
    const navigation = page.getByRole("navigation", { name: "Menu principal" });
    expect(await navigation.getByRole("link").allTextContents()).toEqual(["Campagnes", "Dossiers", "Vue nationale", "Habilitations"]);
    expect(await navigation.getByRole("link", { name: "Dossiers" }).getAttribute("aria-current")).toBe("page");
    expect(await page.getByRole("button", { name: "Se déconnecter (Test anct)" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);
    await page.close();
  });

  it("puts the navigation and the sign-out behind the Menu button on a phone: Fermer and Escape close it, focus follows", async () => {
    const page = await openPage(320, anctToken);
    await page.goto(web.url);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Campagnes de questionnaire");
    const menuButton = page.getByRole("button", { name: "Menu" });
    const signOut = page.getByRole("button", { name: "Se déconnecter (Test anct)" });
    expect(await signOut.isVisible()).toBe(false);
    expect(await page.getByRole("link", { name: "Dossiers" }).isVisible()).toBe(false);

    await menuButton.click();
    const menu = page.getByRole("dialog", { name: "Menu" });
    await expect.poll(() => menu.isVisible()).toBe(true);
    expect(await menu.getByRole("link").allTextContents()).toEqual(["Campagnes", "Dossiers", "Vue nationale", "Habilitations"]);
    expect(await menu.getByRole("button", { name: "Se déconnecter (Test anct)" }).isVisible()).toBe(true);
    expect(await menuButton.getAttribute("aria-expanded")).toBe("true");
    // Focus goes into the menu, and Tab keeps it there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe("Fermer");
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Habilitations");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Fermer");
    expect(await sidewaysOverflow(page)).toEqual([]);
    await checkedPage(page, "shell-menu-ouvert-320");

    await page.keyboard.press("Escape");
    await expect.poll(() => menu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Menu");

    await menuButton.click();
    await page.getByRole("button", { name: "Fermer" }).click();
    await expect.poll(() => menu.count()).toBe(0);
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");

    // The sign-out in the menu works.
    await menuButton.click();
    await menu.getByRole("button", { name: "Se déconnecter (Test anct)" }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/connexion");
    await page.close();
  });

  it("offers the sign-in behind the Menu button to a visitor on a phone", async () => {
    const page = await openPage(320);
    await page.goto(`${web.url}/accessibilite`);
    await page.getByRole("button", { name: "Menu" }).click();
    const menu = page.getByRole("dialog", { name: "Menu" });
    expect(await menu.getByRole("link", { name: "Se connecter" }).getAttribute("href")).toBe("/connexion?retour=%2Faccessibilite");
    await page.close();
  });
});
