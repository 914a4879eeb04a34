import { apiClient, isolatedTestEnvironment, testToken, waitFor } from "@tetris/shared/testing";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shortTemplate } from "./short-template.js";
import { screenshots } from "./browser.js";
import { checkedPage, startWebStack, type WebStack } from "./web-stack.js";

const env = isolatedTestEnvironment("web-sign-in");
let stack: WebStack;
let anct: { questionnaire: ReturnType<typeof apiClient>; access: ReturnType<typeof apiClient> };

const MEUSE_TITLE = "Questionnaire de cadrage — Meuse";
const ARIEGE_TITLE = "Questionnaire de cadrage — Ariège";

/** The demo agents' buttons on the local provider's page, as a person clicks them. */
const agents = {
  anct: "Camille Lefèvre",
  meuse: "Julien Marchal",
  unknown: "Marc Dubois",
} as const;

beforeAll(async () => {
  stack = await startWebStack(env, { signIn: {} });
  const token = await testToken("anct");
  anct = { questionnaire: apiClient(stack.urls.questionnaire, token), access: apiClient(stack.urls.access, token) };
  expect((await anct.questionnaire.mutate("templates.saveDraft", shortTemplate)).status).toBe(200);
  expect((await anct.questionnaire.mutate("templates.publish", { templateId: shortTemplate.templateId, version: 1 })).status).toBe(200);
  for (const [departmentCode, title] of [["55", MEUSE_TITLE], ["09", ARIEGE_TITLE]] as const) {
    const opened = await anct.questionnaire.mutate("campaigns.open", {
      departmentCode,
      edition: 2026,
      title,
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      templateId: shortTemplate.templateId,
      invitations: [{ organisation: `Conseil départemental ${departmentCode}`, actorType: "conseil-departemental" }],
    });
    expect(opened.status).toBe(200);
  }
  // The installation's first ANCT administrator, granted with a machine token as the README says.
  expect((await anct.access.mutate("habilitations.grant", { holder: { kind: "email", email: "camille.lefevre@anct.gouv.fr" }, label: "Camille Lefèvre (ANCT)", role: "anct", departments: [] })).status).toBe(200);
  // The Meuse préfecture by its SIRET: every agent of it signs in with that habilitation.
  expect((await anct.access.mutate("habilitations.grant", { holder: { kind: "siret", siret: "17559999000009" }, label: "Préfecture de la Meuse", role: "prefecture", departments: ["55"] })).status).toBe(200);
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

/** From the sign-in page through the provider's page and back, as the agent clicks. */
async function signInThroughProvider(page: Page, agent: string) {
  await page.goto(`${stack.web.url}/connexion`);
  await page.getByRole("link", { name: "S’identifier avec ProConnect" }).click();
  await page.getByRole("heading", { name: "Choisissez un compte de démonstration" }).waitFor();
  await page.getByRole("button", { name: new RegExp(agent) }).click();
  await page.waitForURL((url) => url.origin === stack.web.url && !url.pathname.startsWith("/auth/"));
}

describe("signing in with ProConnect (the local provider)", () => {
  let context: BrowserContext;
  let first: Page;

  beforeAll(async () => {
    context = await stack.browser.newContext({ viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => {
    await context?.close();
  });

  it("shows ProConnect's button on the sign-in page", async () => {
    first = await context.newPage();
    await first.goto(`${stack.web.url}/connexion`);
    await expect(first.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Connexion des agents");
    await expect(first.getByRole("link", { name: "Qu’est-ce que ProConnect ?" }).getAttribute("target")).resolves.toBe("_blank");
    await checkedPage(first, "connexion-proconnect");
  });

  it("signs the Meuse préfecture in: its campaigns, never Ariège's", async () => {
    await signInThroughProvider(first, agents.meuse);
    await first.getByRole("heading", { name: "Campagnes de questionnaire" }).waitFor();
    await first.getByText(MEUSE_TITLE).waitFor();
    expect(await first.getByText(ARIEGE_TITLE).count()).toBe(0);
    await expect(first.getByRole("button", { name: /Se déconnecter \(Julien Marchal\)/ }).count()).resolves.toBeGreaterThan(0);
    await checkedPage(first, "connecte-prefecture-meuse");
  });

  it("stays signed in in a second tab, and a page opened by its address", async () => {
    const second = await context.newPage();
    await second.goto(`${stack.web.url}/dossiers`);
    await second.getByRole("heading", { name: "Dossiers" }).waitFor();
    await expect(second.getByRole("button", { name: /Se déconnecter \(Julien Marchal\)/ }).count()).resolves.toBeGreaterThan(0);
    await second.close();
  });

  it("keeps the tab signed in when it reloads offline (the capture page's case): the gateway decides at the next call", async () => {
    const tab = await context.newPage();
    await tab.goto(`${stack.web.url}/dossiers`);
    await tab.getByRole("heading", { name: "Dossiers" }).waitFor();
    // The service worker takes the pages at its first visit: wait until it controls this tab.
    await tab.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => tab.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(`${stack.web.url}/service-worker.js`);
    await context.setOffline(true);
    try {
      await tab.reload();
      await tab.screenshot({ path: `${screenshots}connecte-hors-ligne.png`, fullPage: true });
      await tab.getByRole("button", { name: /Se déconnecter \(Julien Marchal\)/ }).first().waitFor({ state: "attached" });
      expect(await tab.getByRole("heading", { name: "Votre compte n’a pas encore d’habilitation" }).count()).toBe(0);
    } finally {
      await context.setOffline(false);
      await tab.close();
    }
  });

  it("signs out of every tab and of the provider", async () => {
    const second = await context.newPage();
    await second.goto(`${stack.web.url}/`);
    await second.getByText(MEUSE_TITLE).waitFor();

    await first.getByRole("button", { name: /Se déconnecter/ }).first().click();
    await first.waitForURL((url) => url.pathname === "/connexion");
    await first.getByRole("heading", { name: "Vous êtes déconnecté" }).waitFor();
    await checkedPage(first, "deconnecte");
    // The other tab is told at once, and its session is gone for good.
    await second.waitForURL((url) => url.pathname === "/connexion");
    await second.goto(`${stack.web.url}/`);
    await second.getByRole("link", { name: "Se connecter" }).first().waitFor();
    expect(await second.getByText(MEUSE_TITLE).count()).toBe(0);
    // The provider asks again which account: it signed the agent out too.
    await first.getByRole("link", { name: "S’identifier avec ProConnect" }).click();
    await first.getByRole("heading", { name: "Choisissez un compte de démonstration" }).waitFor();
    await second.close();
  });
});

describe("an agent Tétris does not know yet", () => {
  it("sees the waiting page and no data, then Meuse once ANCT grants it from the habilitations page", async () => {
    const context = await stack.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/")) apiCalls.push(request.url());
    });
    await signInThroughProvider(page, agents.unknown);
    await page.getByRole("heading", { name: "Votre compte n’a pas encore d’habilitation" }).waitFor();
    await page.getByText("marc.dubois@mairie-exemple-meuse.fr").waitFor();
    expect(apiCalls).toEqual([]);
    await checkedPage(page, "habilitation-en-attente");
    await page.goto(`${stack.web.url}/dossiers`);
    await page.getByRole("heading", { name: "Votre compte n’a pas encore d’habilitation" }).waitFor();
    expect(apiCalls).toEqual([]);

    // ANCT, in its own browser, grants Meuse to that agent from the page.
    const admin = await (await stack.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await signInThroughProvider(admin, agents.anct);
    await admin.getByRole("link", { name: "Habilitations" }).first().click();
    await admin.getByRole("heading", { name: "Habilitations", level: 1 }).waitFor();
    await admin.getByRole("row", { name: /Préfecture de la Meuse/ }).waitFor();
    await checkedPage(admin, "habilitations");
    await admin.getByRole("button", { name: "Accorder l’habilitation" }).click();
    await admin.getByText("Indiquez l’adresse électronique de la personne.").waitFor();
    await admin.getByText("Choisissez un rôle.").waitFor();
    await checkedPage(admin, "habilitations-erreurs");
    await admin.getByRole("textbox", { name: /^Adresse électronique/ }).fill("Marc.Dubois@mairie-exemple-meuse.fr");
    await admin.getByLabel("Nom affiché (facultatif)").fill("Marc Dubois (mairie)");
    await admin.getByLabel("Rôle").selectOption("partner");
    await admin.getByLabel("Ajouter un département").selectOption("55");
    await admin.getByRole("button", { name: "Ajouter ce département" }).click();
    await admin.getByRole("button", { name: "Retirer Meuse (55)" }).waitFor();
    await admin.getByRole("button", { name: "Accorder l’habilitation" }).click();
    await admin.getByText("Habilitation accordée à Marc Dubois (mairie).").waitFor();
    await admin.getByRole("row", { name: /Marc Dubois \(mairie\).*Partenaire.*Meuse/ }).waitFor();

    await page.getByRole("button", { name: "Vérifier à nouveau" }).click();
    await page.getByText(MEUSE_TITLE).waitFor();
    expect(await page.getByText(ARIEGE_TITLE).count()).toBe(0);

    // Withdrawn from the page: the agent's very next page has nothing again.
    await admin.getByRole("button", { name: "Retirer l’habilitation de Marc Dubois (mairie)" }).click();
    await admin.getByRole("button", { name: "Confirmer le retrait pour Marc Dubois (mairie)" }).click();
    await admin.getByText("Habilitation de Marc Dubois (mairie) retirée.").waitFor();
    await page.reload();
    await page.getByRole("heading", { name: "Votre compte n’a pas encore d’habilitation" }).waitFor();
    // The journal on the page says who granted and withdrew, and when.
    await admin.getByRole("row", { name: /Habilitation retirée.*Camille Lefèvre.*marc\.dubois@mairie-exemple-meuse\.fr/ }).waitFor();
    await admin.getByRole("row", { name: /Habilitation accordée.*Camille Lefèvre.*marc\.dubois/ }).waitFor();
    await admin.context().close();
    await context.close();
  });
});

describe("what the journal keeps", () => {
  it("records each sign-in and sign-out with who and when, for ANCT", async () => {
    const journal = await waitFor(async () => {
      const answer = await anct.access.query<{ entries: { type: string; occurredAt: string; agent?: { email: string } }[] }>("journal.list", {});
      return answer.data.entries.some((e) => e.type === "AgentSignedOut") ? answer.data.entries : null;
    });
    const types = journal.map((e) => `${e.type} ${e.agent?.email ?? ""}`.trim());
    expect(types).toEqual(expect.arrayContaining(["AgentSignedIn julien.marchal@meuse.gouv.fr", "AgentSignedOut julien.marchal@meuse.gouv.fr", "AgentSignedIn marc.dubois@mairie-exemple-meuse.fr"]));
  });
});
