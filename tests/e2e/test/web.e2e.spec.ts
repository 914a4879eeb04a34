import { apiClient, isolatedTestEnvironment, testToken } from "@tetris/shared/testing";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedPage, startWebStack, type WebStack } from "./web-stack.js";
import { startWebGateway } from "./web-process.js";

const env = isolatedTestEnvironment("web");
let stack: WebStack;
let web: WebStack["web"];
let browser: Browser;
let link: string;
let campaignId: string;

/** A questionnaire small enough to answer in a test, with a conditional question. */
const miniTemplate = {
  templateId: "mini-web",
  title: "Questionnaire court",
  description: "",
  themes: [
    { code: "inclusion-mediation", label: "Inclusion et médiation numérique" },
    { code: "tiers-lieux", label: "Tiers-lieux" },
  ],
  sections: [
    {
      id: "s1",
      title: "Médiation numérique",
      questions: [
        { id: "mediation", type: "single-choice", label: "Les habitants manquent-ils d'accompagnement au numérique ?", required: true, options: [
          { value: "oui", label: "Oui, beaucoup", scores: [{ themeCode: "inclusion-mediation", points: 4 }] },
          { value: "non", label: "Non", scores: [] },
        ] },
      ],
    },
    {
      id: "s2",
      title: "Tiers-lieux",
      questions: [
        { id: "tiers-lieu", type: "single-choice", label: "Avez-vous un projet de tiers-lieu ?", required: true, options: [
          { value: "oui", label: "Oui", scores: [{ themeCode: "tiers-lieux", points: 2 }] },
          { value: "non", label: "Non", scores: [] },
        ] },
        { id: "detail", type: "long-text", label: "Décrivez votre projet de tiers-lieu", required: true, maxLength: 2000, themes: ["tiers-lieux"], condition: { questionId: "tiers-lieu", operator: "equals", value: "oui" } },
      ],
    },
  ],
};

/** DSFR draws its own radio buttons: a person clicks the label, and so does the test. */
const choose = (page: Page, label: string) => page.locator("label.fr-label", { hasText: new RegExp(`^${label}$`) }).click();

beforeAll(async () => {
  stack = await startWebStack(env);
  ({ web, browser } = stack);
  const { questionnaire } = stack.urls;

  const anct = apiClient(questionnaire, await testToken("anct"));
  await anct.mutate("templates.saveDraft", miniTemplate);
  await anct.mutate("templates.publish", { templateId: "mini-web", version: 1 });
  const opened = await anct.mutate<{ campaignId: string }>("campaigns.open", {
    departmentCode: "55",
    edition: 2026,
    title: "Questionnaire de cadrage — Meuse",
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    templateId: "mini-web",
    invitations: [{ organisation: "CC Côtes de Meuse Woëvre", actorType: "epci", territory: { kind: "epci", code: "200034874" } }],
  });
  campaignId = opened.data.campaignId;
  const [invitation] = (await anct.query<{ token: string }[]>("campaigns.invitationLinks", { campaignId })).data;
  link = `${web.url}/repondre/${invitation!.token}`;
});

afterAll(async () => {
  await stack?.stop();
});

describe("the web application, through the gateway", () => {
  it("lets a respondent answer from their link: conditional question, autosave, review, submit", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(link);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Questionnaire de cadrage — Meuse");
    await page.getByRole("button", { name: "Commencer le questionnaire" }).click();
    await checkedPage(page, "repondant-section-1");

    await choose(page, "Oui, beaucoup");
    await expect.poll(() => page.getByTestId("etat-enregistrement").textContent(), { timeout: 10_000 }).toContain("Enregistré à");
    await page.getByRole("button", { name: "Suivant" }).click();

    // The follow-up question appears only once the answer calls for it.
    await expect.poll(() => page.getByLabel("Décrivez votre projet de tiers-lieu").count()).toBe(0);
    await choose(page, "Oui");
    await page.getByLabel("Décrivez votre projet de tiers-lieu").fill("Réhabiliter l'ancienne gare en tiers-lieu");
    await page.getByRole("button", { name: "Relire mes réponses" }).click();
    await expect.poll(() => page.locator("main").textContent()).toContain("Réhabiliter l'ancienne gare en tiers-lieu");
    await checkedPage(page, "repondant-relecture");

    await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
    await expect.poll(() => page.getByTestId("confirmation-envoi").textContent()).toContain("Vos réponses ont été envoyées");
    // The focus moves to the confirmation, so that it is seen (and read) whatever the scroll.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("confirmation-envoi");
    await checkedPage(page, "repondant-envoye");

    // Coming back later shows the answers given.
    const again = await browser.newPage();
    await again.goto(link);
    await expect.poll(() => again.locator("main").textContent()).toContain("version n° 1");
    await again.close();
    await page.close();
  });

  it("tells a respondent with a wrong link what happened", async () => {
    const page = await browser.newPage();
    await page.goto(`${web.url}/repondre/00000000-0000-4000-8000-000000000000.${"A".repeat(43)}`);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Lien d'invitation inconnu");
    await page.close();
  });

  it("signs staff in with their token and shows their campaigns", async () => {
    const page = await browser.newPage();
    await page.goto(`${web.url}/connexion`);
    await checkedPage(page, "connexion");
    await page.getByRole("button", { name: "Se connecter avec un jeton (développement)" }).click();
    const message = () => page.locator("#jeton-erreur").textContent();
    await page.getByRole("button", { name: "Se connecter avec ce jeton" }).click();
    await expect.poll(message).toBe("Collez le jeton d'accès qui vous a été remis.");
    // A token of the right shape signed with another secret is refused at the door.
    const [header, payload] = (await testToken("anct")).split(".");
    await page.getByLabel(/Jeton d'accès/).fill(`${header}.${payload}.${"A".repeat(43)}`);
    await page.getByRole("button", { name: "Se connecter avec ce jeton" }).click();
    await expect.poll(message).toContain("Ce jeton n'est pas accepté");
    expect(await page.evaluate(() => sessionStorage.getItem("tetris.token"))).toBeNull();
    await page.getByLabel(/Jeton d'accès/).fill(await testToken("prefecture", ["55"], "pref-55"));
    await page.getByRole("button", { name: "Se connecter avec ce jeton" }).click();
    await expect.poll(() => page.locator("main").textContent(), { timeout: 15_000 }).toContain("Questionnaire de cadrage — Meuse");
    await checkedPage(page, "accueil-agent");
    await page.close();
  });

  it("refuses pasted tokens when the installation runs in production", async () => {
    const production = await startWebGateway(stack.urls, {
      NODE_ENV: "production",
      AUTH_SECRET: "a-production-secret-of-at-least-32-characters",
      OIDC_ISSUER: "https://proconnect.example",
      OIDC_CLIENT_ID: "tetris",
      OIDC_CLIENT_SECRET: "a-client-secret",
      OIDC_REDIRECT_URI: "https://tetris.example/auth/callback",
      OIDC_POST_LOGOUT_REDIRECT_URI: "https://tetris.example/connexion",
    });
    try {
      const answer = await fetch(`${production.url}/auth/jeton`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ token: await testToken("anct") }),
      });
      expect(answer.status).toBe(404);
      expect(((await answer.json()) as { error: { message: string } }).error.message).toContain("qu'en développement");
      // And the pages do not offer it; ProConnect (unreachable here) is the only way in.
      expect(await (await fetch(`${production.url}/auth/session`)).json()).toEqual({ signedIn: false, tokenSignIn: false });
      const start = await fetch(`${production.url}/auth/connexion`, { redirect: "manual" });
      expect(start.status).toBe(303);
      expect(start.headers.get("location")).toBe("/connexion?erreur=indisponible");
    } finally {
      production.stop();
    }
  });
});
