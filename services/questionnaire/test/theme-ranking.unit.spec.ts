import { describe, expect, it } from "vitest";
import { rankThemes, type ThemeContribution } from "../src/domain/theme-ranking.js";

const answer = (themeCode: string, points: number, responseId: string): ThemeContribution => ({
  themeCode,
  points,
  responseId,
  organisation: `Organisation ${responseId}`,
  questionId: "q-1",
  questionLabel: "Question",
  value: "oui",
});

describe("rankThemes", () => {
  it("ranks themes by their total points and explains each score", () => {
    const ranked = rankThemes([answer("tiers-lieux", 2, "r1"), answer("e-sante", 3, "r1"), answer("tiers-lieux", 4, "r2")]);
    expect(ranked.slice(0, 2).map((t) => [t.themeCode, t.score, t.rank])).toEqual([
      ["tiers-lieux", 6, 1],
      ["e-sante", 3, 2],
    ]);
    expect(ranked[0]!.explanation).toBe("Somme de 2 contribution(s) issues de 2 réponse(s).");
    expect(ranked[0]!.topContributions.map((c) => c.contribution)).toEqual([4, 2]);
  });

  it("keeps the theme list order between equal scores, whatever the order of the answers", () => {
    const a = rankThemes([answer("e-sante", 1, "r1"), answer("tiers-lieux", 1, "r2")]);
    const b = rankThemes([answer("tiers-lieux", 1, "r2"), answer("e-sante", 1, "r1")]);
    expect(a).toEqual(b);
    expect(a.slice(0, 2).map((t) => t.themeCode)).toEqual(["tiers-lieux", "e-sante"]);
  });
});
