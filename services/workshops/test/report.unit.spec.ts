import { pdfPages } from "@tetris/shared/testing";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import type { WorkshopReportData } from "../src/application/report/report-data.js";
import { workshopReportHtml } from "../src/application/report/report-html.js";
import { workshopReportPdf } from "../src/application/report/report-pdf.js";

const hostile = "Former les agents d'accueil <script>alert(1)</script> aux démarches en ligne";
const accented = "Mettre en œuvre un guichet « France services » itinérant à Lézat-sur-Lèze";

/** The day in Ariège as the préfecture would have it after the workshops. */
function ariegeDay(): WorkshopReportData {
  const people: [string, string, boolean][] = [
    ["Claire Dupuy", "Conseil départemental de l'Ariège", true],
    ["Jean-Marc Rouch", "Communauté de communes Couserans-Pyrénées", true],
    ["Sophie Lacaze", "PETR de l'Ariège", true],
    ["Étienne Fauré", "Association des maires de l'Ariège", false],
    ["Nadia Benali", "Tiers-lieu La Fabrique, Lavelanet", true],
    ["Luc Garrigues", "Communauté d'agglomération Pays Foix-Varilhes", true],
    ["Françoise Pujol", "Association des maires ruraux de l'Ariège", true],
    ["Hélène Marty", "DDT de l'Ariège", false],
    ["Thomas Roques", "Région Occitanie", true],
    ["Inès Carrère", "Communauté de communes du Pays de Tarascon", false],
  ];
  return {
    workshop: {
      title: "Journée d'ateliers Tétris — Ariège 2026",
      caseId: "case-09-2026",
      departmentCode: "09",
      departmentName: "Ariège",
      date: "2026-03-19",
      venue: "Préfecture de l'Ariège, salle Lakanal, Foix",
      status: "completed",
      generatedAt: new Date("2026-03-19T17:05:00Z"),
    },
    sessions: [
      session("Inclusion numérique", "Inclusion et médiation numérique", "09:30–11:00", "Salle Lakanal", 4, 3),
      session("Tiers-lieux", "Tiers-lieux", "11:15–12:45", "Salle Fébus", 3, 3),
      session("Démarches en ligne", "E-administration / démarches en ligne", "14:00–15:30", "Salle Lakanal", 3, 1),
    ],
    attendance: {
      registered: 10,
      present: 7,
      participants: people.map(([name, organisation, present]) => ({ name, organisation, present })),
    },
    needsByTheme: [
      {
        themeCode: "inclusion",
        themeLabel: "Inclusion et médiation numérique",
        needs: [
          need(accented, ["CC Arize-Lèze"], 4, 5, "Pas de véhicule ni de conseiller numérique dédié"),
          need("Former les bénévoles des associations à l'accompagnement numérique", ["Saint-Girons", "Massat"], 3, 4, ""),
        ],
      },
      {
        themeCode: "tiers-lieux",
        themeLabel: "Tiers-lieux",
        needs: [need("Ouvrir un tiers-lieu avec espace de coworking à Lavelanet", ["Lavelanet"], 3, 4, "Bâtiment à rénover")],
      },
      {
        themeCode: "e-administration",
        themeLabel: "E-administration / démarches en ligne",
        needs: [need(hostile, ["Foix", "Pamiers"], 5, 4, "Manque de formateurs & de temps")],
      },
    ],
    candidates: [
      candidate("Fabrique numérique du Pays d'Olmes", "tiers-lieu", 7, { minEuros: 80_000, maxEuros: 80_000 }),
      candidate("France services itinérant Arize-Lèze", "numerique", 12, { minEuros: 150_000, maxEuros: 250_000 }, [accented]),
      candidate("Plan de formation des secrétaires de mairie", "numerique", 3, null, []),
    ],
  };
}

function session(title: string, themeLabel: string, slot: string, room: string, registered: number, present: number) {
  return { title, themeLabel, slot, room, facilitators: ["Agathe Soulé (préfecture)"], registered, present };
}

function need(statement: string, territories: string[], urgency: number, impact: number, blockers: string) {
  return { statement, territories, urgency, impact, blockers };
}

function candidate(
  title: string,
  kind: "numerique" | "tiers-lieu",
  votes: number,
  budget: { minEuros: number; maxEuros: number } | null,
  needStatements = ["Ouvrir un tiers-lieu avec espace de coworking à Lavelanet"],
): WorkshopReportData["candidates"][number] {
  return { title, kind, leadOrganisation: "PETR de l'Ariège", maturity: "projet-defini", budget, votes, needStatements };
}

function emptyDay(): WorkshopReportData {
  const day = ariegeDay();
  return {
    workshop: { ...day.workshop, date: null, venue: null, status: "draft" },
    sessions: [],
    attendance: { registered: 0, present: 0, participants: [] },
    needsByTheme: [],
    candidates: [],
  };
}

const plainSpaces = (text: string): string => text.replace(/[\s\u00a0\u202f]+/g, " ");

describe("workshop report as HTML", () => {
  const html = workshopReportHtml(ariegeDay());

  it("is one self-contained French page, ready to print", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("@media print");
    expect(html).toContain("break-before: page");
    expect(html).not.toMatch(/<link|src=|@import|url\(/);
  });

  it("opens on the title block", () => {
    expect(html).toContain("<h1>Compte rendu de la journée d'ateliers — Ariège (09)</h1>");
    expect(html).toContain("jeudi 19 mars 2026");
    expect(html).toContain("Préfecture de l&#39;Ariège, salle Lakanal, Foix");
    expect(html).toContain("case-09-2026");
    expect(html).toContain("Terminée");
    expect(plainSpaces(html)).toContain("Document généré le 19 mars 2026 à 18:05");
  });

  it("shows the parts in order", () => {
    const titles = ["Déroulé des ateliers", "Participation", "Besoins exprimés par thème", "Fiches projet"];
    const positions = titles.map((title) => html.indexOf(`>${title}</h2>`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("lists the sessions with their figures and the attendance", () => {
    expect(html).toContain("<td>Inclusion et médiation numérique</td><td class=\"nowrap\">09:30–11:00</td>");
    expect(html).toContain('<td class="num">4</td><td class="num">3</td>');
    expect(html).toContain("7 présents sur 10 inscrits (70");
    expect(html).toContain("<td>Étienne Fauré</td><td>Association des maires de l&#39;Ariège</td><td class=\"absent\">Absent</td>");
    expect(html.match(/>Présent</g)).toHaveLength(7);
  });

  it("groups needs by theme with territories, scores and blockers", () => {
    expect(html).toContain("Tiers-lieux <span class=\"count\">(1 besoin)</span>");
    expect(html).toContain(accented);
    expect(html).toContain("Urgence 4/5 · Impact 5/5");
    expect(html).toContain("Territoires : Foix, Pamiers");
    expect(html).toContain("Manque de formateurs &amp; de temps");
    expect(html).toContain("Aucun frein signalé");
  });

  it("escapes what people typed", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("Former les agents d&#39;accueil &lt;script&gt;alert(1)&lt;/script&gt; aux démarches en ligne");
  });

  it("shows the candidate projects most voted first, with their labels and budget", () => {
    const order = ["France services itinérant Arize-Lèze", "Fabrique numérique du Pays d&#39;Olmes", "Plan de formation"];
    const positions = order.map((title) => html.indexOf(`<h3>${title}`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const text = plainSpaces(html);
    expect(text).toContain("12 votes");
    expect(text).toContain("150 000 – 250 000 €");
    expect(text).toContain("80 000 €");
    expect(text).toContain("Non estimé");
    expect(html).toContain("Projet défini");
    expect(html).toContain("Tiers-lieu</dd>");
    expect(html).toContain("Numérique</dd>");
    expect(html).toContain("Aucun besoin rattaché.");
  });

  it("says so in French when nothing was captured", () => {
    const empty = workshopReportHtml(emptyDay());
    for (const message of [
      "Aucun atelier programmé.",
      "Aucun participant inscrit.",
      "Aucun besoin saisi.",
      "Aucune fiche projet proposée.",
      "Date à fixer",
      "Lieu à préciser",
      "En préparation",
    ]) {
      expect(empty).toContain(message);
    }
    expect(empty).not.toContain("<table>");
  });
});

describe("workshop report as PDF", () => {
  it("is an A4 PDF whose text reads back in French, page numbers included", async () => {
    const pdf = await workshopReportPdf(ariegeDay());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pages = await pdfPages(pdf);
    const count = pages.length;
    expect(count).toBeGreaterThan(1);
    const text = pages.join(" ");
    expect(pages[0]).toContain("Compte rendu de la journée d'ateliers — Ariège (09)");
    expect(pages[0]).toContain("jeudi 19 mars 2026");
    expect(pages[0]).toContain(`Page 1 / ${count}`);
    expect(pages[count - 1]).toContain(`Page ${count} / ${count}`);
    expect(text).toContain(accented);
    expect(text).toContain("Urgence 4/5 · Impact 5/5");
    expect(text).toContain("Former les agents d'accueil <script>alert(1)</script> aux démarches en ligne");
    expect(text).toContain("France services itinérant Arize-Lèze");
    expect(text).toContain("150 000 – 250 000 €");
    expect(text).toContain("Françoise Pujol");
  });

  it("keeps the parts in the order of the HTML page, candidates most voted first", async () => {
    const text = (await pdfPages(await workshopReportPdf(ariegeDay()))).join(" ");
    const inOrder = (needles: string[]) => {
      const positions = needles.map((needle) => text.indexOf(needle));
      expect(positions.every((p) => p >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    };
    inOrder(["Déroulé des ateliers", "Participation", "Besoins exprimés par thème", "Fiches projet"]);
    inOrder(["1. France services itinérant", "2. Fabrique numérique du Pays d'Olmes", "3. Plan de formation"]);
  });

  it("is A4 and carries its document information", async () => {
    const pdf = await workshopReportPdf(ariegeDay());
    const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
    const { info } = (await document.getMetadata()) as unknown as { info: Record<string, unknown> };
    expect(info).toMatchObject({
      Title: "Compte rendu de la journée d'ateliers — Ariège (09)",
      Author: "Tétris",
      Language: "fr-FR",
    });
    expect(info["Subject"]).toContain("jeudi 19 mars 2026");
    const [, , width, height] = (await document.getPage(1)).view;
    expect([Math.round(width ?? 0), Math.round(height ?? 0)]).toEqual([595, 842]);
    await document.destroy();
  });

  it("breaks long lists over several pages and numbers every page", async () => {
    const day = ariegeDay();
    const participants = Array.from({ length: 150 }, (_, i) => ({
      name: `Participant ${i + 1}`,
      organisation: `Commune n° ${i + 1} de l'Ariège`,
      present: i % 3 !== 0,
    }));
    const needs = Array.from({ length: 60 }, (_, i) =>
      need(`Besoin n° ${i + 1} : relier la mairie à la fibre optique`, ["Couserans"], 3, 3, "Coût des raccordements"),
    );
    const long = {
      ...day,
      attendance: { registered: 150, present: 100, participants },
      needsByTheme: [{ themeCode: "infra", themeLabel: "Infrastructures", needs }],
    };
    const pages = await pdfPages(await workshopReportPdf(long));
    expect(pages.length).toBeGreaterThan(6);
    pages.forEach((page, i) => expect(page).toContain(`Page ${i + 1} / ${pages.length}`));
    const text = pages.join(" ");
    expect(text).toContain("Participant 150");
    expect(text).toContain("Besoin n° 60 : relier la mairie à la fibre optique");
    // The table header comes back on each page the participants span.
    expect(pages.filter((page) => page.includes("Participant Organisation Présence")).length).toBeGreaterThan(1);
  });

  it("renders the empty day with French empty states", async () => {
    const pages = await pdfPages(await workshopReportPdf(emptyDay()));
    const text = pages.join(" ");
    for (const message of ["Aucun atelier programmé.", "Aucun participant inscrit.", "Aucun besoin saisi.", "Aucune fiche projet proposée."]) {
      expect(text).toContain(message);
    }
  });
});
