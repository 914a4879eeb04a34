import { isolatedTestEnvironment, testToken } from "@tetris/shared/testing";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { screenshots } from "./browser.js";
import { chooseTerritory } from "./territory-field.js";
import { checkedPage as checkedStackPage, startWebStack, type WebStack } from "./web-stack.js";

/**
 * One Ariège case from the invitation to an accompanied project, through the pages only: the
 * services, broker and database are started as in production, and every step after that is a
 * click or a keystroke of the person whose job it is. The tokens are the only thing handed over,
 * as an administrator would.
 */
const env = isolatedTestEnvironment("web-journey");
let stack: WebStack;
let web: WebStack["web"];
let browser: Browser;
let prefectureToken: string;
let anctToken: string;

const EPCI = "CC Couserans-Pyrénées";
const MAIRES = "Association des maires de l'Ariège";
const PROJET_TIERS_LIEU =
  "Transformer l'ancienne gare de Saint-Girons en tiers-lieu avec espace de coworking, fablab et permanences numériques.";
const PROJECT_TITLE = "Tiers-lieu de la gare de Saint-Girons";
const campaignTitle = "Questionnaire de cadrage — Ariège";

let campaignPath = "";
let respondentLink = "";

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const mainText = async (page: Page) => (await page.locator("main").textContent()) ?? "";
const statuses = (page: Page) => page.getByRole("status").allTextContents();

const checkedPage = (page: Page, name: string) => checkedStackPage(page, `parcours-${name}`);

/** DSFR draws its own radios and checkboxes over the real ones: a person clicks the label, and so does the test. */
const pick = (page: Page, questionId: string, value: string | number) => page.locator(`label[for="q-${questionId}-${value}"]`).click();
async function tick(box: Locator) {
  await box.page().locator(`label[for="${await box.getAttribute("id")}"]`).click();
}

/** The tabs a step opened: on a failure, their state is kept as a screenshot to look at. */
const tabs: Page[] = [];
async function newTab(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: "fr-FR" });
  page.on("dialog", (dialog) => void dialog.accept());
  tabs.push(page);
  return page;
}

/** A fresh tab, signed in the way a person does it: the sign-in page, then back where they were going. */
async function signIn(token: string, path: string): Promise<Page> {
  const page = await newTab();
  await page.goto(`${web.url}${path}`);
  await page.locator("main").getByRole("link", { name: "Se connecter" }).click();
  await expect.poll(() => page.locator("h1").textContent()).toBe("Connexion des agents");
  await page.getByRole("button", { name: "Se connecter avec un jeton (développement)" }).click();
  await page.getByLabel(/Jeton d'accès/).fill(token);
  await page.getByRole("button", { name: "Se connecter avec ce jeton" }).click();
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 15_000 }).toBe(path);
  return page;
}

beforeAll(async () => {
  stack = await startWebStack(env);
  ({ web, browser } = stack);
  prefectureToken = await testToken("prefecture", ["09"], "pref-09");
  anctToken = await testToken("anct", [], "agent-anct");
});

afterEach(async ({ task }) => {
  const open = tabs.splice(0).filter((tab) => !tab.isClosed());
  if (task.result?.state === "fail") {
    for (const [index, tab] of open.entries()) await tab.screenshot({ path: `${screenshots}parcours-echec-${task.name.slice(0, 40)}-${index}.png`, fullPage: true });
  }
  await Promise.all(open.map((tab) => tab.close()));
});

afterAll(async () => {
  await stack?.stop();
});

describe("a case from the invitation to an accompanied project, through the pages only", () => {
  it("the préfecture opens the campaign and invites the local actors", async () => {
    const page = await signIn(prefectureToken, "/");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Campagnes de questionnaire");
    await page.getByLabel(/^Titre de la campagne/).fill(campaignTitle);
    await page.getByLabel(/^Date de clôture/).fill(isoDay(14));
    await page.getByRole("button", { name: "Ouvrir la campagne" }).click();
    await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining(`« ${campaignTitle} »`)]));
    await page.getByRole("link", { name: "Inviter les acteurs" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(campaignTitle);
    campaignPath = new URL(page.url()).pathname;

    for (const actor of [
      { organisation: EPCI, actorType: "epci", territory: "200067940" },
      { organisation: MAIRES, actorType: "association-des-maires", territory: "" },
    ]) {
      await page.getByLabel(/^Organisation/).fill(actor.organisation);
      await page.getByLabel(/^Type d'acteur/).selectOption(actor.actorType);
      if (actor.territory) await chooseTerritory(page.getByRole("combobox", { name: /^Commune ou intercommunalité/ }), actor.territory);
      await page.getByRole("button", { name: "Inviter l'acteur" }).click();
      await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(
        expect.arrayContaining([expect.stringContaining(`${actor.organisation} est invité(e)`)]),
      );
    }
    respondentLink = await page.getByLabel(`Lien de réponse de ${EPCI}`).first().inputValue();
    expect(respondentLink).toMatch(new RegExp(`^${web.url}/repondre/`));
    await checkedPage(page, "campagne-invitations");
    await page.close();
  });

  it("the intercommunality answers the framing questionnaire from its link, on a phone", async () => {
    const page = await newTab({ width: 390, height: 844 });
    await page.goto(respondentLink);
    await expect.poll(() => page.locator("h1").textContent()).toBe(campaignTitle);
    await page.getByRole("button", { name: "Commencer le questionnaire" }).click();
    const next = () => page.getByRole("button", { name: /^(Suivant|Relire mes réponses)$/ }).click();

    await pick(page, "structure-type", "epci");
    await page.getByLabel(/^Nom et fonction de la personne qui répond/).fill("Marie Durand, vice-présidente chargée du numérique");
    // The invitation said which EPCI: the question comes prefilled with it.
    await expect.poll(() => page.getByRole("button", { name: /^Retirer .*\(200067940\)$/ }).count()).toBe(1);
    await next();
    await pick(page, "inclusion-difficultes", 4);
    await next();
    await next();
    await pick(page, "fibre", "en-retard");
    await pick(page, "mobile", "oui-ponctuel");
    await next();
    await pick(page, "tiers-lieu", "en-projet");
    await page.getByLabel(/^Décrivez votre projet de tiers-lieu/).fill(PROJET_TIERS_LIEU);
    await next();
    await next();
    await pick(page, "cyber-incident", "non");
    await next();
    await pick(page, "appuis", "ingenierie");
    await pick(page, "appuis", "financement");
    for (const [rank, theme] of ["tiers-lieux", "inclusion-mediation", "infrastructures"].entries()) {
      await page.locator(`#q-classement-thematiques-${rank}`).selectOption(theme);
    }
    await expect.poll(() => page.getByTestId("etat-enregistrement").textContent(), { timeout: 10_000 }).toContain("Enregistré à");
    await next();
    await expect.poll(() => mainText(page)).toContain(PROJET_TIERS_LIEU);
    await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
    await expect.poll(() => page.getByTestId("confirmation-envoi").textContent(), { timeout: 10_000 }).toContain("Vos réponses ont été envoyées");
    await checkedPage(page, "reponse-envoyee");
    await page.close();
  });

  it("the préfecture follows participation, closes the campaign and reads the ranking", async () => {
    const page = await signIn(prefectureToken, campaignPath);
    const participation = page.locator("section[aria-labelledby=participation]");
    await expect.poll(() => participation.textContent(), { timeout: 15_000 }).toContain(MAIRES);
    await page.getByRole("button", { name: "Clôturer la campagne" }).click();
    await expect.poll(() => mainText(page), { timeout: 10_000 }).toContain("Campagne clôturée");
    const ranking = page.locator("section[aria-labelledby=classement]");
    await expect.poll(() => ranking.locator("tbody tr").first().textContent()).toContain("Tiers-lieux");
    await checkedPage(page, "campagne-close");

    // The workshop day is prepared from the ranking a moment later: the page waits for it.
    await page.getByRole("link", { name: "journée d'ateliers" }).click();
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 30_000 }).toBe("Journée d'ateliers — département 09");
    await page.close();
  });

  it("the préfecture runs the workshop day: plan, attendance, live capture, project sheet, votes, closing", async () => {
    const page = await signIn(prefectureToken, campaignPath);
    await page.getByRole("link", { name: "journée d'ateliers" }).click();
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 30_000 }).toBe("Journée d'ateliers — département 09");
    await expect.poll(() => mainText(page)).toContain("Thème classé 1er");
    await checkedPage(page, "atelier-brouillon");

    await page.getByLabel("Date de la journée").fill(isoDay(30));
    await page.getByRole("textbox", { name: /^Lieu/ }).fill("Préfecture de l'Ariège, salle des fêtes, Foix");
    await page.getByRole("button", { name: "Enregistrer la date et le lieu" }).click();
    await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining("Journée programmée le")]));
    await tick(page.getByRole("row", { name: new RegExp(EPCI) }).first().getByRole("checkbox", { name: /^Présent/ }));
    await expect.poll(() => statuses(page)).toEqual(expect.arrayContaining([expect.stringMatching(/ : présent\.$/)]));

    // Live capture, the session on tiers-lieux, two needs said in the room.
    await page.getByRole("link", { name: "Saisir des besoins" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Saisie des besoins");
    const sessionOption = page.locator("#atelier-en-cours option", { hasText: "Tiers-lieux" });
    await page.locator("#atelier-en-cours").selectOption((await sessionOption.getAttribute("value"))!);
    for (const [index, statement] of [
      "Un tiers-lieu dans l'ancienne gare de Saint-Girons avec coworking pour les télétravailleurs",
      "Un fablab et un coworking dans le tiers-lieu de la gare de Saint-Girons",
    ].entries()) {
      await page.locator("#saisie-besoin").fill(statement);
      if (index === 0) {
        // The first need echoes the intercommunality's answer: the facilitator ties it to it.
        await page.getByRole("button", { name: "Plus de détails" }).click();
        const answer = page
          .getByRole("group", { name: /Réponses du questionnaire à l'appui/ })
          .getByRole("checkbox", { name: new RegExp(`^${EPCI}, à « Décrivez votre projet de tiers-lieu`) });
        await page.locator(`label[for="${await answer.getAttribute("id")}"]`).click();
        await expect.poll(() => answer.isChecked()).toBe(true);
      }
      await page.locator('label[for="saisie-urgence-4"]').click();
      await page.locator('label[for="saisie-impact-5"]').click();
      await chooseTerritory(page.locator("#saisie-territoires"), "09261");
      await page.getByRole("button", { name: "Enregistrer le besoin" }).click();
      await expect.poll(() => page.getByTestId("besoins-saisis").textContent(), { timeout: 10_000 }).toContain(statement);
    }
    await expect.poll(() => page.getByTestId("etat-envoi").textContent(), { timeout: 10_000 }).toBe("Tout est enregistré.");
    await checkedPage(page, "saisie");
    await page.getByRole("link", { name: "Journée d'ateliers" }).click();

    // The two needs, grouped as the service suggests, make one project sheet.
    await page.getByRole("button", { name: /Regrouper ces besoins/ }).first().click();
    await page.getByRole("textbox", { name: "Titre du projet" }).fill(PROJECT_TITLE);
    await page.getByRole("textbox", { name: /Porteur pressenti/ }).fill(EPCI);
    await page.getByLabel("Maturité").selectOption("esquisse");
    await page.getByRole("button", { name: "Créer la fiche projet" }).click();
    await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(expect.arrayContaining([`Fiche projet « ${PROJECT_TITLE} » créée.`]));

    const voter = await page.locator("#vote-participant option", { hasText: EPCI }).first().getAttribute("value");
    await page.getByLabel("Participant qui vote").selectOption(voter!);
    await page.getByRole("spinbutton", { name: new RegExp(PROJECT_TITLE) }).fill("3");
    await page.getByRole("button", { name: `Enregistrer les voix de ${EPCI}` }).click();
    await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining(`Voix de ${EPCI} enregistrées`)]));
    await checkedPage(page, "atelier");

    await page.getByRole("button", { name: "Clôturer la journée" }).click();
    await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining("1 fiche projet et 2 besoins transmis au service des projets")]),
    );
    await page.close();
  });

  it("ANCT scores, ranks, selects and plans the accompaniment: the project is accompanied", async () => {
    // ANCT starts from the cases of every département, where this one now stands at the projects.
    const page = await signIn(anctToken, "/dossiers");
    await page.getByRole("link", { name: "Projets du dossier Ariège 2026" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toMatch(/^Projets du dossier /);
    // The project arrives from the workshop day's events a moment after its closing.
    await expect.poll(async () => {
      if ((await page.locator("section[aria-labelledby=grille] tbody th a").count()) === 0) await page.reload();
      return page.locator("section[aria-labelledby=grille] tbody th a").allTextContents();
    }, { timeout: 30_000, interval: 2_000 }).toEqual([PROJECT_TITLE]);

    const criteria = (await page.locator("section[aria-labelledby=grille] thead th").count()) - 1;
    for (let ci = 0; ci < criteria; ci++) {
      await page.locator(`#noter-0-${ci}`).click();
      await page.locator("#note-score").selectOption("4");
      await page.locator("#note-justification").fill(`Critère ${ci + 1} : projet porté par l'intercommunalité, lieu identifié.`);
      await page.getByRole("button", { name: "Enregistrer la note" }).click();
      await expect.poll(() => page.getByTestId(`note-0-${ci}`).textContent(), { timeout: 10_000 }).toContain("4 / 5");
    }
    await page.getByRole("button", { name: "Publier le classement" }).click();
    await expect.poll(() => mainText(page)).toContain("Classement publié le");
    const decision = page.locator("article", { has: page.getByRole("heading", { name: PROJECT_TITLE }) });
    await decision.getByLabel(/Motif de la décision/).fill("Projet mûr, porté par l'intercommunalité, premier du classement.");
    await page.getByRole("button", { name: `Retenir « ${PROJECT_TITLE} »`, exact: true }).click();
    await expect.poll(() => decision.textContent(), { timeout: 10_000 }).toContain("Retenu le");
    await checkedPage(page, "projets-dossier");

    await decision.getByRole("link", { name: PROJECT_TITLE }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe(PROJECT_TITLE);
    await page.locator("label.fr-label", { hasText: "Ingénierie ANCT sur mesure" }).click();
    await page.getByLabel(/Référent ANCT/).fill("Claire Martin (ANCT)");
    await page.getByLabel(/Partenaires/).fill("Banque des territoires");
    await page.getByLabel(/Intitulé du jalon 1/).fill("Étude de faisabilité");
    await page.getByLabel(/Échéance du jalon 1/).fill(isoDay(60));
    await page.getByRole("button", { name: "Enregistrer le plan d'accompagnement" }).click();
    await expect.poll(() => page.getByTestId("statut").textContent(), { timeout: 10_000 }).toBe("En accompagnement");
    // Where the project comes from: the needs of the day and the answer the first one echoed.
    const traceability = page.locator("section[aria-labelledby=tracabilite]");
    await expect.poll(() => traceability.textContent()).toContain(PROJET_TIERS_LIEU);
    expect(await traceability.textContent()).toContain(EPCI);
    await checkedPage(page, "projet-accompagne");

    // The case's history on the project's case page tells the whole journey.
    await page.getByRole("link", { name: /Projets du dossier/ }).first().click();
    await expect.poll(() => page.locator("section[aria-labelledby=historique]").textContent(), { timeout: 15_000 }).toContain("Accompagnement planifié (référent : Claire Martin (ANCT))");
    await page.close();
  });
});
