import { describe, expect, it } from "vitest";
import { escapeHtml } from "../src/application/report/report-html.js";
import {
  attendanceSummary,
  candidatesByVotes,
  formatBudget,
  formatDay,
  formatGeneratedAt,
  kindLabel,
  maturityLabel,
  scoreLabel,
  statusLabel,
  votesLabel,
} from "../src/application/report/report-text.js";

/** Intl writes narrow no-break spaces between thousands; the assertions read better with plain ones. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, " ");

describe("report labels and formats", () => {
  it("names maturities, kinds and statuses in French", () => {
    expect(["idee", "esquisse", "projet-defini", "pret-a-demarrer"].map((m) => maturityLabel(m as never))).toEqual([
      "Idée",
      "Esquisse",
      "Projet défini",
      "Prêt à démarrer",
    ]);
    expect(kindLabel("numerique")).toBe("Numérique");
    expect(kindLabel("tiers-lieu")).toBe("Tiers-lieu");
    expect(statusLabel("completed")).toBe("Terminée");
  });

  it("writes budgets the French way", () => {
    expect(plain(formatBudget({ minEuros: 150_000, maxEuros: 250_000 }))).toBe("150 000 – 250 000 €");
    expect(plain(formatBudget({ minEuros: 80_000, maxEuros: 80_000 }))).toBe("80 000 €");
    expect(formatBudget(null)).toBe("Non estimé");
  });

  it("writes days with their weekday, and the first of the month as 1er", () => {
    expect(formatDay("2026-03-19")).toBe("jeudi 19 mars 2026");
    expect(formatDay("2026-04-01")).toBe("mercredi 1er avril 2026");
    expect(formatDay(null)).toBe("Date à fixer");
  });

  it("gives the generation time in the département's time zone", () => {
    const at = new Date("2026-03-19T17:05:00Z");
    expect(formatGeneratedAt(at, "09")).toBe("19 mars 2026 à 18:05");
    expect(formatGeneratedAt(at, "974")).toBe("19 mars 2026 à 21:05");
  });

  it("counts and scores", () => {
    expect(scoreLabel(4, 5)).toBe("Urgence 4/5 · Impact 5/5");
    expect([0, 1, 2].map(votesLabel)).toEqual(["0 vote", "1 vote", "2 votes"]);
    expect(plain(attendanceSummary({ registered: 10, present: 7 }))).toBe("7 présents sur 10 inscrits (70 %)");
    expect(attendanceSummary({ registered: 0, present: 0 })).toBe("0 présent sur 0 inscrit");
  });

  it("orders candidates by votes, then by title", () => {
    const sorted = candidatesByVotes([
      { title: "Écoles connectées", votes: 3 },
      { title: "Fibre", votes: 9 },
      { title: "Atelier", votes: 3 },
    ]);
    expect(sorted.map((c) => c.title)).toEqual(["Fibre", "Atelier", "Écoles connectées"]);
  });
});

describe("text for each rendering", () => {
  it("escapes HTML", () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe("&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;");
  });
});
