import { apiClient, isolatedTestEnvironment, testToken, waitFor, type ApiClient } from "@tetris/shared/testing";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedPage, startWebStack, type WebStack } from "./web-stack.js";

const env = isolatedTestEnvironment("web-offline");
let stack: WebStack;
let web: WebStack["web"];
let browser: Browser;
let staffToken: string;
let workshopsApi: ApiClient;
let workshopId: string;

async function storedNeeds(): Promise<{ needId: string; statement: string }[]> {
  const answer = await workshopsApi.query<{ needId: string; statement: string }[]>("needs.list", { workshopId });
  expect(answer.status).toBe(200);
  return answer.data;
}

const capturePath = () => `/ateliers/${encodeURIComponent(workshopId)}/saisie`;
const status = (page: Page) => page.getByTestId("etat-envoi").textContent();
const offlineNotice = (page: Page) => page.getByTestId("journee-hors-ligne");
const statement = (page: Page) => page.locator("#saisie-besoin");
const queued = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "[]") as { needId: string; state: string }[], `tetris.saisie.${workshopId}`);

async function staffContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((token) => sessionStorage.setItem("tetris.token", token), staffToken);
  return context;
}

beforeAll(async () => {
  stack = await startWebStack(env);
  ({ web, browser } = stack);
  const { questionnaire, workshops } = stack.urls;

  // A closed campaign: the workshops service prepares the draft day from it.
  const anct = apiClient(questionnaire, await testToken("anct"));
  const opened = await anct.mutate<{ campaignId: string; caseId: string }>("campaigns.open", {
    departmentCode: "55",
    edition: 2026,
    title: "Questionnaire de cadrage — Meuse",
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    invitations: [{ organisation: "Association des maires de la Meuse", actorType: "association-des-maires" }],
  });
  expect(opened.status).toBe(200);
  expect((await anct.mutate("campaigns.close", { campaignId: opened.data.campaignId })).status).toBe(200);

  staffToken = await testToken("prefecture", ["55"], "pref-55");
  workshopsApi = apiClient(workshops, staffToken);
  const workshop = await waitFor(async () => {
    const answer = await workshopsApi.query<{ workshopId: string }>("workshops.byCase", { caseId: opened.data.caseId });
    return answer.status === 200 && answer.data;
  }, { what: "the draft workshop day" });
  workshopId = workshop.workshopId;
});

afterAll(async () => {
  await stack?.stop();
});

describe("the capture page reopened without a network", () => {
  it("serves the service worker fresh, as a script", async () => {
    const answer = await fetch(`${web.url}/service-worker.js`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(answer.headers.get("cache-control")).toBe("no-cache");
    const script = await answer.text();
    // The build wrote its precache list in: the shell, the hashed assets, the DSFR it uses.
    expect(script).not.toContain("__TETRIS_PRECACHE__");
    for (const url of ["/index.html", "/assets/index-", "/dsfr/dsfr.min.css", "/dsfr/fonts/Marianne-Regular.woff2"]) expect(script).toContain(url);
  });

  it("reloads offline from the service worker with the day as last loaded, queues a need, sends it once back online", async () => {
    const context = await staffContext();
    const page = await context.newPage();
    await page.goto(`${web.url}${capturePath()}`);
    await expect.poll(() => status(page)).toBe("Tout est enregistré.");
    expect(await offlineNotice(page).count()).toBe(0);
    // Installed, precached (activation waits for it) and in control of this very tab.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(`${web.url}/service-worker.js`);
    // The day is kept on the device, without the participants.
    const kept = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), `tetris.saisie.${workshopId}.journee`);
    expect(kept).toMatchObject({ workshop: { workshopId, participants: [] } });
    expect(kept.workshop.sessions.length).toBeGreaterThan(0);
    const before = (await storedNeeds()).length;

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Saisie des besoins");
    await expect.poll(() => offlineNotice(page).textContent()).toContain("Hors ligne : journée d'ateliers telle que chargée le ");
    await expect.poll(() => status(page)).toContain("Hors ligne");
    // The design system came from the cache too: its style sheet and its font.
    expect(await page.evaluate(() => Array.from(document.styleSheets).some((sheet) => sheet.href?.endsWith("/dsfr/dsfr.min.css") && sheet.cssRules.length > 0))).toBe(true);
    expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check("1rem Marianne")))).toBe(true);
    // The API is never answered from a cache.
    expect(await page.evaluate(() => fetch("/api/workshops/healthz").then(() => "answered", () => "failed"))).toBe("failed");

    await statement(page).fill("Des permanences numériques dans les maisons France services de la Meuse");
    await statement(page).press("Control+Enter");
    await expect.poll(() => statement(page).inputValue()).toBe("");
    await expect.poll(() => status(page)).toBe("Hors ligne : 1 besoin en attente, il partira au retour du réseau.");
    expect((await queued(page)).map((i) => i.state)).toEqual(["pending"]);
    await expect.poll(() => page.getByTestId("besoins-saisis").textContent()).toContain("En attente d'envoi");
    await checkedPage(page, "saisie-besoins-rouverte-hors-ligne");
    expect(await storedNeeds()).toHaveLength(before);

    // Back online: the need is sent once, the day loaded fresh.
    await context.setOffline(false);
    await expect.poll(() => status(page), { timeout: 15_000 }).toBe("Tout est enregistré.");
    await waitFor(async () => (await storedNeeds()).length === before + 1, { what: "the need typed offline" });
    await expect.poll(() => offlineNotice(page).count()).toBe(0);
    expect(await queued(page)).toEqual([]);
    await new Promise((r) => setTimeout(r, 1_000));
    const after = await storedNeeds();
    expect(after.filter((n) => n.statement.startsWith("Des permanences numériques dans les maisons France services"))).toHaveLength(1);
    await context.close();
  });
});
