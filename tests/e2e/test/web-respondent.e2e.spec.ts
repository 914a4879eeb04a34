import { apiClient, isolatedTestEnvironment, pdfText, testToken } from "@tetris/shared/testing";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedPage } from "./web-stack.js";
import { launchBrowser } from "./browser.js";
import { startServiceProcess, type ServiceProcess } from "./service-process.js";
import { startWebGateway } from "./web-process.js";

// The respondent's journey on a phone, on the "Questionnaire de cadrage" that ships with the
// product, against the questionnaire service as a process (stopped and restarted here) behind
// the gateway. The other services are not needed by these pages.
const env = isolatedTestEnvironment("web-respondent");
const phone = { width: 390, height: 844 };
let questionnaire: ServiceProcess;
let port: string;
let web: { url: string; stop: () => void };
let browser: Browser;
let links: { organisation: string; token: string }[];

type Question = { id: string; type: string; options?: { value: string }[]; min?: number; rankCount?: number; minSelections?: number };
type Opened = { template: { sections: { title: string; questions: Question[] }[] }; draft: Record<string, unknown> };

beforeAll(async () => {
  questionnaire = await startServiceProcess("questionnaire", env.env("questionnaire"));
  port = new URL(questionnaire.url).port;
  const nowhere = "http://127.0.0.1:9";
  web = await startWebGateway({ questionnaire: questionnaire.url, workshops: nowhere, projects: nowhere });
  browser = await launchBrowser();
  const prefecture = apiClient(questionnaire.url, await testToken("prefecture", ["55"]));
  const opened = await prefecture.mutate<{ campaignId: string }>("campaigns.open", {
    departmentCode: "55",
    edition: 2026,
    title: "Questionnaire de cadrage Tétris — Meuse 2026",
    contact: { service: "Préfecture de la Meuse — mission numérique", email: "numerique@meuse.gouv.example", phone: "03 29 00 00 00" },
    closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    invitations: ["Mairie de Verdun", "Mairie de Commercy", "Mairie de Stenay", "Mairie d'Étain"].map((organisation) => ({ organisation, actorType: "autre" })),
  });
  expect(opened.status).toBe(200);
  links = (await prefecture.query<typeof links>("campaigns.invitationLinks", { campaignId: opened.data.campaignId })).data;
}, 180_000);

afterAll(async () => {
  await browser?.close();
  web?.stop();
  await questionnaire?.stop();
});

const linkOf = (index: number) => `${web.url}/repondre/${links[index]!.token}`;
const respondent = () => apiClient(questionnaire.url);
const draftOf = async (index: number) => (await respondent().query<Opened>("respondent.open", { token: links[index]!.token })).data.draft;
const status = (page: Page) => page.getByTestId("etat-enregistrement").textContent();
const heading = (page: Page) => page.locator(".fr-stepper__title").textContent();
/** DSFR draws its own radio buttons and checkboxes: a person clicks the label, and so does the test. */
const choose = (page: Page, label: string) => page.locator("label.fr-label", { hasText: label }).first().click();
const next = (page: Page) => page.getByRole("button", { name: /^(Suivant|Relire mes réponses)$/ }).click();

/** An answer to every question of the questionnaire, as a respondent who went through it all would give. */
function answersToAll(opened: Opened): Record<string, unknown> {
  const answer = (q: Question) => {
    switch (q.type) {
      case "single-choice":
        return q.options![0]!.value;
      case "multiple-choice":
        return q.options!.slice(0, Math.max(1, q.minSelections ?? 1)).map((o) => o.value);
      case "ranking":
        return q.options!.slice(0, q.rankCount ?? q.options!.length).map((o) => o.value);
      case "scale":
        return 3;
      case "number":
        return Math.max(q.min ?? 0, 1);
      case "territory":
        return ["55545"];
      default:
        return "Réponse écrite";
    }
  };
  return Object.fromEntries(opened.template.sections.flatMap((s) => s.questions).map((q) => [q.id, answer(q)]));
}

async function phonePage(context?: BrowserContext): Promise<Page> {
  return context ? context.newPage() : browser.newPage({ viewport: phone });
}

describe("a respondent on a phone", () => {
  it("is introduced to the questionnaire, keeps every valid answer whatever another holds, and comes back where they stopped", async () => {
    const context = await browser.newContext({ viewport: phone });
    const page = await phonePage(context);
    await page.goto(linkOf(0));
    // The introduction: why, who reads, how long, until when, whom to ask, what * means.
    await expect.poll(() => page.locator("main").textContent()).toContain("Qui lit vos réponses ?");
    const intro = (await page.locator("main").textContent())!;
    expect(intro).toMatch(/Durée : environ \d+ minutes, en 8 parties/);
    expect(intro).toContain("Préfecture de la Meuse — mission numérique");
    expect(intro).toContain("astérisque (*)");
    expect(await page.title()).toContain("Présentation");
    await checkedPage(page, "repondant-0-presentation");
    await page.getByRole("button", { name: "Commencer le questionnaire" }).click();
    expect(await heading(page)).toContain("Étape 1 sur 9");

    // An invalid answer on part 1, valid answers beside it and on part 2.
    await page.getByLabel(/Combien d'habitants/).fill("-5");
    await page.getByLabel(/Nom et fonction/).fill("Marie Dupont, maire");
    await expect.poll(() => page.locator("#q-population-erreur").textContent()).toContain("Saisissez au moins 0");
    await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(/Enregistré à \d{1,2} h \d{2}\. 1 réponse à corriger reste sur cet appareil/);
    await checkedPage(page, "repondant-1-structure");
    await next(page);
    await choose(page, "3");
    for (const label of ["Les personnes âgées", "Les personnes en situation de précarité", "Les jeunes et leurs familles", "Les personnes en situation de handicap"])
      await choose(page, label);
    await page.getByLabel(/Combien de lieux de médiation/).fill("4");
    await expect.poll(() => page.locator("#q-inclusion-publics-erreur").textContent()).toContain("Choisissez au plus 3");
    await expect.poll(() => status(page), { timeout: 10_000 }).toContain("2 réponses à corriger restent sur cet appareil");
    // The part with nothing wrong says nothing is wrong.
    await next(page);
    expect(await page.locator(".fr-error-text").count()).toBe(0);
    await expect.poll(() => draftOf(0), { timeout: 10_000 }).toEqual({
      // Prefilled from the invitation (a mairie invited as « autre ») and kept with the first save.
      "structure-type": "autre",
      repondant: "Marie Dupont, maire",
      "inclusion-difficultes": 3,
      "mediation-lieux": 4,
    });

    // Reload: back on the part last visited, every answer there, the invalid ones with their message.
    await page.reload();
    await expect.poll(() => heading(page)).toContain("Démarches en ligne");
    expect(await page.locator("main").textContent()).toContain("Bon retour");
    await page.getByRole("button", { name: "Précédent" }).click();
    expect(await page.getByLabel(/Combien de lieux de médiation/).inputValue()).toBe("4");
    expect(await page.locator("#q-inclusion-publics input:checked").count()).toBe(4);
    await page.getByRole("button", { name: "Précédent" }).click();
    expect(await page.getByLabel(/Nom et fonction/).inputValue()).toBe("Marie Dupont, maire");
    expect(await page.getByLabel(/Combien d'habitants/).inputValue()).toBe("-5");
    expect(await page.locator("#q-population-erreur").textContent()).toContain("Saisissez au moins 0");

    // Corrected, the answer is sent and kept by the server.
    await page.getByLabel(/Combien d'habitants/).fill("8000");
    await expect.poll(() => draftOf(0), { timeout: 10_000 }).toMatchObject({ population: 8000 });

    // Another device, a desktop computer, finds the server's answers and is offered to resume.
    const other = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await other.goto(linkOf(0));
    await other.getByRole("button", { name: "Reprendre le questionnaire" }).click();
    expect(await other.getByLabel(/Nom et fonction/).inputValue()).toBe("Marie Dupont, maire");
    await checkedPage(other, "repondant-ordinateur");
    await other.close();
    await context.close();
  }, 180_000);

  it("keeps the answers typed while the service is down, reopens from the device, and sends them once it answers again", async () => {
    const context = await browser.newContext({ viewport: phone });
    const page = await phonePage(context);
    await page.goto(linkOf(1));
    await page.getByRole("button", { name: "Commencer le questionnaire" }).click();
    await page.getByLabel(/Nom et fonction/).fill("Jean Martin, adjoint");
    await expect.poll(() => status(page), { timeout: 10_000 }).toContain("Enregistré à");

    await questionnaire.stop();
    await page.getByLabel(/Combien d'habitants/).fill("5200");
    await expect.poll(() => status(page), { timeout: 10_000 }).toContain("Hors ligne : enregistré sur cet appareil");
    await next(page);
    await choose(page, "4");
    // (A full-page screenshot while a number field has the focus makes Chromium scroll back to it afterwards: taken here.)
    await checkedPage(page, "repondant-hors-ligne");
    // A reload while the service is down opens the copy kept on the device, answers included.
    await page.reload();
    await expect.poll(() => page.locator("main").textContent()).toContain("Hors ligne : le questionnaire s'affiche tel qu'il a été gardé");
    await page.getByRole("button", { name: "Précédent" }).click();
    expect(await page.getByLabel(/Combien d'habitants/).inputValue()).toBe("5200");

    // A device that never opened the link says the service is down, not that the link is wrong.
    const fresh = await browser.newPage({ viewport: phone });
    await fresh.goto(linkOf(1));
    await expect.poll(() => fresh.getByRole("alert").textContent()).toContain("Le questionnaire ne peut pas s'ouvrir pour le moment");
    expect(await fresh.getByRole("alert").textContent()).toContain("Les réponses déjà enregistrées sont conservées");
    await checkedPage(fresh, "repondant-service-injoignable");

    questionnaire = await startServiceProcess("questionnaire", env.env("questionnaire", { PORT: port }));
    // The page retries by itself, more and more slowly; a person in a hurry presses « Réessayer maintenant ».
    const retry = page.getByRole("button", { name: "Réessayer maintenant" });
    if (await retry.isVisible()) await retry.click();
    await expect.poll(() => status(page), { timeout: 40_000 }).toContain("Enregistré à");
    expect(await draftOf(1)).toEqual({ "structure-type": "autre", repondant: "Jean Martin, adjoint", population: 5200, "inclusion-difficultes": 4 });
    await fresh.getByRole("button", { name: "Réessayer" }).click();
    await fresh.getByRole("button", { name: "Reprendre le questionnaire" }).click();
    expect(await fresh.getByLabel(/Combien d'habitants/).inputValue()).toBe("5200");
    await fresh.close();

    // No network at all (a train, a white zone): the page reloads from the service worker and the
    // device's copy, keeps what is typed, and sends it when the network comes back.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(`${web.url}/service-worker.js`);
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator("main").textContent()).toContain("Hors ligne : le questionnaire s'affiche tel qu'il a été gardé");
    await expect.poll(() => heading(page)).toContain("Votre structure et votre territoire");
    await next(page);
    await choose(page, "5 — Très souvent");
    await expect.poll(() => status(page), { timeout: 10_000 }).toContain("Hors ligne : enregistré sur cet appareil");
    await context.setOffline(false);
    await expect.poll(() => draftOf(1), { timeout: 15_000 }).toMatchObject({ "inclusion-difficultes": 5 });
    await expect.poll(() => status(page)).toContain("Enregistré à");
    await context.close();
  }, 180_000);

  it("sends unmistakably: missing answers listed with links, confirmation in focus, receipt, and amendments never left unsent silently", async () => {
    const opened = (await respondent().query<Opened>("respondent.open", { token: links[2]!.token })).data;
    const { fibre: _missing, ...answers } = answersToAll(opened);
    expect((await respondent().mutate("respondent.saveAnswers", { token: links[2]!.token, answers })).status).toBe(200);

    const context = await browser.newContext({ viewport: phone });
    const page = await phonePage(context);
    await page.goto(linkOf(2));
    await page.getByRole("button", { name: "Reprendre le questionnaire" }).click();
    // Every step, at phone size, for the reviewer.
    for (let index = 1; index <= opened.template.sections.length; index++) {
      await expect.poll(() => heading(page)).toContain(`Étape ${index} sur 9`);
      await checkedPage(page, `repondant-etape-${index}`);
      await next(page);
    }
    await expect.poll(() => heading(page)).toContain("Relecture et envoi");
    // The review flags the missing required answer instead of showing it like an optional one.
    expect(await page.locator("#relecture-fibre-erreur").textContent()).toContain("Cette question est obligatoire");
    await checkedPage(page, "repondant-etape-9-relecture");

    await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
    const summary = page.locator(".fr-alert--error");
    await expect.poll(() => summary.textContent()).toContain("Vos réponses n'ont pas été envoyées");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("fr-alert--error"))).toBe(true);
    await checkedPage(page, "repondant-erreurs-avant-envoi");
    await summary.getByRole("link", { name: /raccordement à la fibre/ }).click();
    await expect.poll(() => heading(page)).toContain("Infrastructures fixe et mobile");
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^q-fibre-/);
    await page.locator('label[for="q-fibre-en-retard"]').click();
    while (!(await heading(page))?.includes("Relecture")) await next(page);
    await page.getByRole("button", { name: "Envoyer mes réponses" }).click();

    // The confirmation takes the focus, so it is seen and read whatever the scroll.
    const confirmation = page.getByTestId("confirmation-envoi");
    await expect.poll(() => confirmation.textContent()).toContain("Vos réponses ont été envoyées");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("confirmation-envoi");
    const receipt = await confirmation.getByRole("link", { name: /accusé de réception/ }).getAttribute("href");
    expect(receipt).toContain("revision=1");
    // The receipt the link gives reads back: who, when, which version, the answers.
    const pdf = await page.request.get(`${web.url}${receipt}`);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    const text = await pdfText(await pdf.body());
    expect(text).toContain("Accusé de réception");
    expect(text).toContain("Mairie de Stenay");
    expect(text).toMatch(/Version n° 1/i);
    expect(text).toContain("Des zones restent sans solution ou le déploiement prend du retard");
    await checkedPage(page, "repondant-envoye");

    // Reopened and changed: the page says the change has not reached the préfecture, even after a reload.
    await page.goto(linkOf(2));
    await page.getByRole("button", { name: /^Modifier « Votre structure/ }).click();
    await page.getByLabel(/Nom et fonction/).fill("Paul Durand, maire");
    await expect.poll(() => page.getByTestId("modifications-non-envoyees").count()).toBe(1);
    await page.reload();
    await expect.poll(() => page.getByTestId("modifications-non-envoyees").count()).toBe(1);
    await checkedPage(page, "repondant-modifications-non-envoyees");
    await page.getByRole("button", { name: "Relire et envoyer la nouvelle version" }).click();
    await page.getByRole("button", { name: "Envoyer la nouvelle version" }).click();
    await expect.poll(() => page.getByTestId("confirmation-envoi").textContent()).toContain("version n° 2");
    await page.reload();
    expect(await page.getByTestId("modifications-non-envoyees").count()).toBe(0);
    await context.close();
  }, 240_000);
});
