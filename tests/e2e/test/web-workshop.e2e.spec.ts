import { randomUUID } from "node:crypto";
import { apiClient, isolatedTestEnvironment, testToken, waitFor, type ApiClient } from "@tetris/shared/testing";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedPage, startWebStack, type WebStack } from "./web-stack.js";

const env = isolatedTestEnvironment("web-workshop");
let stack: WebStack;
let web: WebStack["web"];
let browser: Browser;
let staffToken: string;
let workshopsApi: ApiClient;
let workshopId: string;

const epci = "Communauté de communes Côtes de Meuse Woëvre";
const mayors = "Association des maires de la Meuse";
const needs = [
  "Manque de médiateurs numériques itinérants dans les communes rurales",
  "Pas assez de conseillers numériques pour accompagner les seniors",
];
const projectTitle = "Médiation numérique itinérante pour les communes rurales";
const associatedEmail = "claire.martin@meuse.gouv.fr";

interface Workshop {
  workshopId: string;
  status: string;
  version: number;
  date: string | null;
  venue: string | null;
  votesPerParticipant: number;
  sessions: { sessionId: string; themeCode: string; title: string; startsAt: string | null; endsAt: string | null; room: string | null; facilitators: string[] }[];
  participants: { participantId: string; name: string; organisation: string; email: string | null; present: boolean; sessionIds: string[] }[];
}

interface Candidate {
  candidateId: string;
  title: string;
  votes: number;
  needIds: string[];
  budgetRange: { minEuros: number; maxEuros: number } | null;
  maturity: string;
}

async function currentWorkshop(): Promise<Workshop> {
  const answer = await workshopsApi.query<Workshop>("workshops.get", { workshopId });
  expect(answer.status).toBe(200);
  return answer.data;
}

async function openAs(token: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "fr-FR" });
  await page.addInitScript((t) => sessionStorage.setItem("tetris.token", t), token);
  await page.goto(`${web.url}/ateliers/${encodeURIComponent(workshopId)}`);
  await expect.poll(() => page.locator("h1").textContent(), { timeout: 15_000 }).toContain("Journée d'ateliers");
  return page;
}

/** DSFR draws its own checkboxes over the real ones: a person clicks the label, and so does the test. */
async function tick(box: Locator) {
  await box.page().locator(`label[for="${await box.getAttribute("id")}"]`).click();
}

const statuses = (page: Page) => page.getByRole("status").allTextContents();
const mainText = (page: Page) => page.locator("main").textContent();

beforeAll(async () => {
  stack = await startWebStack(env);
  ({ web, browser } = stack);
  const { questionnaire, workshops } = stack.urls;

  // The préfecture of the Meuse opens its campaign on the default questionnaire, with two invited
  // actors; one answers, then the campaign closes and the workshops service prepares the draft day.
  staffToken = await testToken("prefecture", ["55"], "pref-55");
  const staff = apiClient(questionnaire, staffToken);
  const opened = await staff.mutate<{ campaignId: string; caseId: string }>("campaigns.open", {
    departmentCode: "55",
    edition: 2026,
    title: "Questionnaire de cadrage — Meuse 2026",
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    invitations: [
      { organisation: epci, actorType: "epci", territory: { kind: "epci", code: "200034874" } },
      { organisation: mayors, actorType: "association-des-maires" },
    ],
  });
  expect(opened.status, JSON.stringify(opened.error)).toBe(200);
  const { campaignId, caseId } = opened.data;
  const links = await staff.query<{ invitationId: string; token: string }[]>("campaigns.invitationLinks", { campaignId });
  const submitted = await apiClient(questionnaire).mutate("respondent.submit", {
    token: links.data[0]!.token,
    answers: {
      "structure-type": "epci",
      repondant: "Marie Durand, vice-présidente chargée du numérique",
      territoires: ["200034874"],
      "inclusion-difficultes": 5,
      "conseillers-numeriques": "oui-insuffisant",
      "inclusion-besoins": "Les seniors des villages n'ont personne pour les aider à faire leurs démarches en ligne : il faudrait des permanences itinérantes.",
      fibre: "en-retard",
      mobile: "oui-ponctuel",
      "tiers-lieu": "en-projet",
      "cyber-incident": "non",
      appuis: ["conseillers", "financement"],
      "classement-thematiques": ["inclusion-mediation", "tiers-lieux", "infrastructures"],
    },
  });
  expect(submitted.status, JSON.stringify(submitted.error)).toBe(200);
  expect((await staff.mutate("campaigns.close", { campaignId })).status).toBe(200);

  workshopsApi = apiClient(workshops, staffToken);
  const draft = await waitFor(
    async () => {
      const answer = await workshopsApi.query<Workshop>("workshops.byCase", { caseId });
      return answer.status === 200 && answer.data;
    },
    { what: "the draft workshop day", timeoutMs: 45_000 },
  );
  workshopId = draft.workshopId;
  const session = draft.sessions.find((s) => s.themeCode === "inclusion-mediation") ?? draft.sessions[0]!;
  for (const statement of needs) {
    const captured = await workshopsApi.mutate("needs.capture", {
      workshopId,
      needId: randomUUID(),
      sessionId: session.sessionId,
      statement,
      themeCode: "inclusion-mediation",
      actorsConcerned: [mayors],
      urgency: 4,
      impact: 4,
    });
    expect(captured.status, JSON.stringify(captured.error)).toBe(200);
  }
});

afterAll(async () => {
  await stack?.stop();
});

describe("the workshop day page, through the gateway", () => {
  it("lets the préfecture plan, run and close the day, and partners read it", async () => {
    const page = await openAs(staffToken);
    const before = await currentWorkshop();
    expect(before.status).toBe("draft");
    await expect.poll(() => mainText(page)).toContain("Thème classé 1er");
    await checkedPage(page, "atelier-brouillon");

    // Someone else changes the day meanwhile: the page's version is stale, the service says so.
    const added = await workshopsApi.mutate("workshops.addParticipant", {
      workshopId,
      expectedVersion: before.version,
      name: "Claire Martin",
      organisation: "DDT de la Meuse",
      actorType: "ddt",
      email: associatedEmail,
    });
    expect(added.status).toBe(200);
    await page.getByLabel("Date de la journée").fill("2026-06-18");
    await page.getByRole("textbox", { name: /^Lieu/ }).fill("Préfecture de la Meuse, salle Poincaré, Bar-le-Duc");
    await page.getByRole("spinbutton", { name: /Voix par participant/ }).fill("5");
    await page.getByRole("button", { name: "Enregistrer la date et le lieu" }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "La date et le lieu n'ont pas été enregistrés" });
    await expect.poll(() => conflict.textContent()).toContain("modifié par quelqu'un d'autre");
    await checkedPage(page, "atelier-conflit");
    await conflict.getByRole("button", { name: "Recharger" }).click();
    await expect.poll(() => mainText(page)).toContain("Claire Martin");
    // What was typed is kept: saving again at the reloaded version goes through.
    await page.getByRole("button", { name: "Enregistrer la date et le lieu" }).click();
    await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(expect.arrayContaining([expect.stringContaining("Journée programmée le jeudi 18 juin 2026")]));
    await expect.poll(async () => (await currentWorkshop()).status).toBe("scheduled");

    // A session edited inline, moved down, and one added then dropped after confirmation.
    const first = before.sessions[0]!;
    await page.getByRole("button", { name: `Modifier l'atelier « ${first.title} »` }).click();
    await page.getByLabel("Début (facultatif)", { exact: true }).fill("09:30");
    await page.getByLabel("Fin (facultatif)", { exact: true }).fill("11:00");
    await page.getByRole("textbox", { name: /^Salle/ }).fill("Salle Poincaré");
    await page.getByRole("textbox", { name: /^Animateurs/ }).fill("Julie Petit\nKarim Benali");
    await page.getByRole("button", { name: "Enregistrer l'atelier" }).click();
    await expect.poll(() => statuses(page)).toEqual(expect.arrayContaining([`Atelier « ${first.title} » enregistré.`]));
    await expect.poll(() => mainText(page)).toContain("9 h 30 – 11 h 00");
    await page.getByRole("button", { name: `Descendre l'atelier « ${first.title} »` }).click();
    await expect.poll(() => statuses(page)).toEqual(
      expect.arrayContaining([`Atelier « ${first.title} » déplacé en position 2 sur ${before.sessions.length}.`]),
    );
    await expect.poll(async () => (await currentWorkshop()).sessions[1]?.sessionId).toBe(first.sessionId);
    await page.getByRole("combobox", { name: "Thème", exact: true }).selectOption("e-sante");
    await page.getByRole("button", { name: "Ajouter l'atelier" }).click();
    await expect.poll(() => statuses(page)).toEqual(expect.arrayContaining(["Atelier « E-santé et téléconsultation » ajouté en fin de journée."]));
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Retirer l'atelier « E-santé et téléconsultation »" }).click();
    await expect.poll(() => statuses(page)).toEqual(expect.arrayContaining(["Atelier « E-santé et téléconsultation » retiré de la journée."]));
    const planned = await currentWorkshop();
    expect(planned.sessions).toHaveLength(before.sessions.length);
    expect(planned.sessions[1]).toMatchObject({ startsAt: "09:30", endsAt: "11:00", room: "Salle Poincaré", facilitators: ["Julie Petit", "Karim Benali"] });

    // Attendance and registration are saved at each tick.
    await tick(page.getByRole("checkbox", { name: `Présent : ${epci}` }));
    await expect.poll(() => statuses(page)).toEqual(expect.arrayContaining([`${epci} : présent.`]));
    const session = before.sessions.find((s) => s.themeCode === "inclusion-mediation") ?? before.sessions[0]!;
    await tick(page.getByRole("row", { name: new RegExp(mayors) }).getByRole("checkbox", { name: session.title }));
    await expect.poll(() => statuses(page)).toEqual(expect.arrayContaining([`${mayors} : inscrit à 1 atelier.`]));

    // The two needs alike are suggested together; the suggestion prefills a candidate project.
    await page.getByRole("button", { name: /Regrouper ces besoins/ }).first().click();
    const title = page.getByRole("textbox", { name: "Titre du projet" });
    await expect.poll(() => title.inputValue()).not.toBe("");
    await expect.poll(() => page.getByRole("textbox", { name: /Porteur pressenti/ }).inputValue()).toBe(mayors);
    for (const statement of needs) expect(await page.getByRole("checkbox", { name: statement }).isChecked()).toBe(true);
    await title.fill(projectTitle);
    await page.getByLabel("Maturité").selectOption("esquisse");
    await page.getByRole("spinbutton", { name: /Budget minimum/ }).fill("40000");
    await page.getByRole("spinbutton", { name: /Budget maximum/ }).fill("20000");
    await page.getByRole("button", { name: "Créer la fiche projet" }).click();
    // The error is told at the field, which gets the focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("fiche-budgetRange-maxEuros");
    await expect.poll(() => mainText(page)).toContain("Le budget maximum doit être au moins égal au minimum.");
    await checkedPage(page, "atelier-fiche-projet");
    await page.getByRole("spinbutton", { name: /Budget maximum/ }).fill("120000");
    await page.getByRole("button", { name: "Créer la fiche projet" }).click();
    await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(expect.arrayContaining([`Fiche projet « ${projectTitle} » créée.`]));

    // A participant's dots: too many are refused on the spot, then recorded.
    const voter = (await currentWorkshop()).participants.find((p) => p.organisation === epci)!;
    await page.getByLabel("Participant qui vote").selectOption(voter.participantId);
    const dots = page.getByRole("spinbutton", { name: new RegExp(projectTitle) });
    await dots.fill("7");
    await expect.poll(() => page.locator("#vote-reste").textContent()).toBe("Chaque participant dispose de 5 voix : 7 ont été réparties. Retirez-en 2.");
    await dots.fill("3");
    await expect.poll(() => page.locator("#vote-reste").textContent()).toBe("Il reste 2 voix.");
    await page.getByRole("button", { name: `Enregistrer les voix de ${epci}` }).click();
    await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining(`Voix de ${epci} enregistrées : 3 voix réparties, il lui en reste 2.`)]),
    );
    await expect.poll(() => page.getByRole("table", { name: /^Fiches projet/ }).getByRole("row", { name: new RegExp(projectTitle) }).textContent()).toMatch(/3$/);
    await checkedPage(page, "atelier-vote");

    // After a reload the page knows only what the service holds: who has voted (the mayors'
    // association, now present, has not yet), and the EPCI's dots, there to be corrected.
    const latecomer = (await currentWorkshop()).participants.find((p) => p.organisation === mayors)!;
    expect((await workshopsApi.mutate("workshops.attendance", { workshopId, participantId: latecomer.participantId, present: true })).status).toBe(200);
    await page.reload();
    const turnout = page.getByRole("table", { name: "Voix de chaque participant" });
    await expect.poll(() => mainText(page), { timeout: 15_000 }).toContain("1 participant sur 2 a voté.");
    expect(await turnout.getByRole("row", { name: new RegExp(mayors) }).textContent()).toContain("N'a pas encore voté");
    expect(await turnout.getByRole("row", { name: new RegExp(epci) }).textContent()).toContain(`3 voix pour « ${projectTitle} »`);
    await page.getByLabel("Participant qui vote").selectOption(voter.participantId);
    await expect.poll(() => dots.inputValue()).toBe("3");
    await expect.poll(() => page.locator("#vote-reste").textContent()).toBe("Il reste 2 voix.");
    await dots.fill("4");
    await page.getByRole("button", { name: `Enregistrer les voix de ${epci}` }).click();
    await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining(`Voix de ${epci} enregistrées : 4 voix réparties, il lui en reste 1.`)]),
    );
    await expect.poll(() => page.getByRole("table", { name: /^Fiches projet/ }).getByRole("row", { name: new RegExp(projectTitle) }).textContent()).toMatch(/4$/);
    await expect.poll(() => turnout.getByRole("row", { name: new RegExp(epci) }).textContent()).toContain(`4 voix pour « ${projectTitle} »`);
    expect(await mainText(page)).toContain("1 participant sur 2 a voté.");
    await checkedPage(page, "atelier-vote-corrige");

    // A partner of the département reads the same day: no e-mail, no action.
    const partner = await openAs(await testToken("partner", ["55"], "ddt-55"));
    await expect.poll(() => mainText(partner)).toContain(projectTitle);
    const partnerText = (await mainText(partner)) ?? "";
    expect(partnerText).toContain("Vous consultez cette journée en lecture seule.");
    expect(partnerText).toContain("Claire Martin");
    expect(partnerText).not.toContain(associatedEmail);
    expect(await partner.getByRole("columnheader", { name: /courriel/i }).count()).toBe(0);
    expect(await partner.getByRole("checkbox").count()).toBe(0);
    expect(await partner.getByRole("button", { name: /Enregistrer|Regrouper|Clôturer|Modifier|Ajouter/ }).count()).toBe(0);
    await checkedPage(partner, "atelier-partenaire");
    await partner.close();

    // Closing, after confirmation.
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Clôturer la journée" }).click();
    await expect.poll(() => statuses(page), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining("1 fiche projet et 2 besoins transmis au service des projets")]),
    );
    await expect.poll(() => page.getByRole("button", { name: "Enregistrer la date et le lieu" }).count()).toBe(0);
    await checkedPage(page, "atelier-cloture");

    // The report, fetched with the bearer token and saved.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Télécharger : Compte rendu à imprimer (HTML)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^compte-rendu-.+\.html$/);
    await page.close();

    const after = await currentWorkshop();
    expect(after).toMatchObject({ status: "completed", date: "2026-06-18", venue: "Préfecture de la Meuse, salle Poincaré, Bar-le-Duc", votesPerParticipant: 5 });
    expect(after.participants.find((p) => p.organisation === epci)?.present).toBe(true);
    expect(after.participants.find((p) => p.organisation === mayors)?.sessionIds).toEqual([session.sessionId]);
    const candidates = await workshopsApi.query<Candidate[]>("candidates.list", { workshopId });
    expect(candidates.data).toHaveLength(1);
    expect(candidates.data[0]).toMatchObject({ title: projectTitle, votes: 4, maturity: "esquisse", budgetRange: { minEuros: 40000, maxEuros: 120000 } });
    expect(candidates.data[0]!.needIds).toHaveLength(2);
  });
});
