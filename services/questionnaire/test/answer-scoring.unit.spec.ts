import { territoryLabeller } from "@tetris/shared";
import { describe, expect, it } from "vitest";
import { answerText, scoreAnswers } from "../src/domain/template/answer-scoring.js";
import { questionById } from "../src/domain/template/questions.js";
import type { Answers, QuestionnaireTemplate } from "../src/domain/template/template.js";
import { sampleTemplate } from "./template.fixtures.js";

const template = sampleTemplate();
const respondent = { responseId: "r-1", organisation: "CC Côtes de Meuse Woëvre" };

/** [questionId, themeCode, points] of each contribution, the shape the arithmetic is read in. */
const pointsOf = (answers: Answers, t: QuestionnaireTemplate = template) =>
  scoreAnswers(t, answers, respondent).map((c) => [c.questionId, c.themeCode, c.points]);

describe("scoreAnswers", () => {
  it("gives a single choice the scores of the chosen option, and one contribution per theme", () => {
    expect(scoreAnswers(template, { structure: "tiers-lieu" }, respondent)).toEqual([
      {
        themeCode: "tiers-lieux",
        points: 3,
        responseId: "r-1",
        organisation: "CC Côtes de Meuse Woëvre",
        questionId: "structure",
        questionLabel: "Quelle structure représentez-vous ?",
        value: "tiers-lieu",
      },
    ]);
    expect(pointsOf({ structure: "commune" })).toEqual([]);
  });

  it("adds up the chosen options of a multiple choice, theme by theme", () => {
    expect(pointsOf({ publics: ["ages", "jeunes"] })).toEqual([
      ["publics", "inclusion-mediation", 3],
      ["publics", "infrastructures", 1],
    ]);
    expect(pointsOf({ publics: ["aucun"] })).toEqual([]);
  });

  it("gives a scale a quarter of its scores per step above 1", () => {
    expect([1, 2, 3, 4, 5].map((difficulte) => pointsOf({ difficulte }))).toEqual([
      [],
      [
        ["difficulte", "inclusion-mediation", 1],
        ["difficulte", "infrastructures", 0.5],
      ],
      [
        ["difficulte", "inclusion-mediation", 2],
        ["difficulte", "infrastructures", 1],
      ],
      [
        ["difficulte", "inclusion-mediation", 3],
        ["difficulte", "infrastructures", 1.5],
      ],
      [
        ["difficulte", "inclusion-mediation", 4],
        ["difficulte", "infrastructures", 2],
      ],
    ]);
  });

  it("gives the option ranked i-th of n the share (n − i) / n of its scores", () => {
    expect(pointsOf({ priorites: ["tiers", "reseaux", "inclusion"] })).toEqual([
      ["priorites", "tiers-lieux", 6],
      ["priorites", "infrastructures", 4],
      ["priorites", "inclusion-mediation", 2],
    ]);
    expect(pointsOf({ priorites: ["reseaux", "tiers"] })).toEqual([
      ["priorites", "infrastructures", 6],
      ["priorites", "tiers-lieux", 3],
    ]);
  });

  it("gives nothing for texts, numbers and territories", () => {
    expect(pointsOf({ nom: "Jeanne", besoins: "Des médiateurs", lieux: 12, territoires: ["55029"], commune: ["55029"] })).toEqual([]);
  });

  it("counts visible questions only, even when a draft keeps a hidden answer", () => {
    const answers = { structure: "commune", difficulte: 1, "tl-services": ["coworking"], aide: "oui" };
    expect(pointsOf(answers)).toEqual([]);
    expect(pointsOf({ ...answers, structure: "tiers-lieu", difficulte: 4 })).toEqual([
      ["structure", "tiers-lieux", 3],
      ["difficulte", "inclusion-mediation", 3],
      ["difficulte", "infrastructures", 1.5],
      ["tl-services", "tiers-lieux", 2],
      ["aide", "inclusion-mediation", 2],
    ]);
  });

  it("ignores values the question does not know and counts a repeated option once", () => {
    expect(pointsOf({ structure: "association", publics: ["jeunes", "jeunes", "adultes"], difficulte: 7 })).toEqual([
      ["publics", "inclusion-mediation", 2],
      ["publics", "infrastructures", 1],
    ]);
  });

  it("quotes the answer as given, with the question's label", () => {
    const [contribution] = scoreAnswers(template, { priorites: ["tiers", "reseaux"] }, respondent);
    expect(contribution).toMatchObject({ questionLabel: "Classez ces thématiques", value: ["tiers", "reseaux"] });
  });
});

describe("answerText", () => {
  const text = (id: string, value: Parameters<typeof answerText>[1]) => answerText(questionById(template, id)!, value);

  it("shows option labels rather than values", () => {
    expect(text("structure", "tiers-lieu")).toBe("Tiers-lieu");
    expect(text("publics", ["ages", "jeunes"])).toBe("Personnes âgées ; Jeunes");
    expect(text("publics", ["ages", "retiree"])).toBe("Personnes âgées ; retiree");
  });

  it("numbers a ranking", () => {
    expect(text("priorites", ["tiers", "inclusion", "reseaux"])).toBe("1. Tiers-lieux ; 2. Inclusion ; 3. Réseaux");
  });

  it("writes scales, numbers, texts and territories as a French reader expects", () => {
    expect(text("difficulte", 4)).toBe("4 sur 5");
    expect(text("lieux", 12)).toBe("12 lieux");
    expect(text("tl-postes", 2.5)).toBe("2,5");
    expect(text("besoins", "Des médiateurs")).toBe("Des médiateurs");
    expect(text("territoires", ["55029", "200034874"])).toBe("55029 ; 200034874");
  });

  it("names territories when given the département's names", () => {
    const label = territoryLabeller({ communes: [{ code: "55029", name: "Bar-le-Duc" }], epcis: [{ code: "200034874", name: "CC Côtes de Meuse Woëvre" }] });
    const territories = questionById(template, "territoires")!;
    expect(answerText(territories, ["55029", "200034874", "75056"], label)).toBe("Bar-le-Duc (55029) ; CC Côtes de Meuse Woëvre (200034874) ; 75056");
  });
});
