import { describe, expect, it } from "vitest";
import { validateAnswers } from "../src/domain/template/answer-validation.js";
import type { Answers, AnswerValue, QuestionnaireTemplate } from "../src/domain/template/template.js";
import { sampleTemplate, territoryExists } from "./template.fixtures.js";

const template = sampleTemplate();
const draft = (answers: Answers, t: QuestionnaireTemplate = template) => validateAnswers(t, answers, { mode: "draft", territoryExists });
const submit = (answers: Answers, t: QuestionnaireTemplate = template) =>
  validateAnswers(t, answers, { mode: "submit", territoryExists });

/** What a draft keeps of one answer, or the message it gives. */
function one(questionId: string, value: AnswerValue, t: QuestionnaireTemplate = template): AnswerValue | string | undefined {
  const result = draft({ [questionId]: value }, t);
  return result.errors[0]?.message ?? result.answers[questionId];
}

/** The sample template with a change to one question. */
function withQuestion(id: string, change: Record<string, unknown>): QuestionnaireTemplate {
  const t = sampleTemplate();
  for (const section of t.sections) for (const q of section.questions) if (q.id === id) Object.assign(q, change);
  return t;
}

describe("validateAnswers, question by question", () => {
  it("single choice: one of the option values", () => {
    expect(one("structure", "commune")).toBe("commune");
    for (const bad of ["association", 3, ["commune"]])
      expect(one("structure", bad as AnswerValue)).toBe("« Quelle structure représentez-vous ? » : choisissez une des réponses proposées");
  });

  it("multiple choice: distinct option values, within the bounds", () => {
    const label = "« Quels publics sont éloignés du numérique ? »";
    expect(one("publics", ["ages", "jeunes"])).toEqual(["ages", "jeunes"]);
    expect(one("publics", ["ages", "jeunes", "aucun"])).toBe(`${label} : choisissez au plus 2 réponses`);
    expect(one("publics", ["adultes"])).toBe(`${label} : « adultes » n'est pas une des réponses proposées`);
    expect(one("publics", ["ages", "ages"])).toBe(`${label} : « Personnes âgées » est cochée deux fois`);
    expect(one("publics", "ages")).toBe(`${label} : choisissez parmi les réponses proposées`);
    expect(one("publics", ["ages"], withQuestion("publics", { minSelections: 2 }))).toBe(`${label} : choisissez au moins 2 réponses`);
  });

  it("scale: a whole number from 1 to 5", () => {
    expect([1, 5].map((v) => one("difficulte", v))).toEqual([1, 5]);
    for (const bad of [0, 6, 2.5, "3"])
      expect(one("difficulte", bad)).toBe(
        "« Les habitants ont-ils des difficultés avec le numérique ? » : donnez une note entière de 1 à 5",
      );
  });

  it("ranking: every option once, or exactly rankCount of them", () => {
    const label = "« Classez ces thématiques »";
    expect(one("priorites", ["tiers", "inclusion", "reseaux"])).toEqual(["tiers", "inclusion", "reseaux"]);
    expect(one("priorites", ["tiers", "inclusion"])).toBe(`${label} : classez les 3 réponses proposées`);
    expect(one("priorites", ["tiers", "tiers", "inclusion"])).toBe(`${label} : « Tiers-lieux » est classée deux fois`);
    expect(one("priorites", ["tiers", "sante", "inclusion"])).toBe(`${label} : « sante » n'est pas une des réponses proposées`);
    const topTwo = withQuestion("priorites", { rankCount: 2 });
    expect(one("priorites", ["reseaux", "tiers"], topTwo)).toEqual(["reseaux", "tiers"]);
    expect(one("priorites", ["reseaux", "tiers", "inclusion"], topTwo)).toBe(`${label} : classez exactement 2 réponses`);
  });

  it("texts: trimmed, an empty one is no answer, within maxLength", () => {
    expect(one("nom", "  Jeanne  ")).toBe("Jeanne");
    expect(draft({ nom: "   " })).toEqual({ answers: {}, errors: [] });
    expect(one("nom", "Jeanne Dupont-Martin")).toBe("« Nom de la personne qui répond » : 10 caractères au plus (20 saisis)");
    expect(one("nom", 42)).toBe("« Nom de la personne qui répond » : saisissez un texte");
    expect(one("besoins", `${"x".repeat(50)}  `)).toBe("x".repeat(50));
    expect(one("besoins", "x".repeat(51))).toBe("« Vos besoins » : 50 caractères au plus (51 saisis)");
  });

  it("number: finite, whole when asked, within min and max", () => {
    const label = "« Combien de lieux de médiation numérique compte votre … »";
    expect([0, 12, 100].map((v) => one("lieux", v))).toEqual([0, 12, 100]);
    expect(one("lieux", 12.5)).toBe(`${label} : saisissez un nombre entier`);
    expect(one("lieux", -1)).toBe(`${label} : saisissez au moins 0 lieux`);
    expect(one("lieux", 101)).toBe(`${label} : saisissez au plus 100 lieux`);
    for (const bad of ["12", Number.NaN, Number.POSITIVE_INFINITY, ["12"]]) expect(one("lieux", bad as AnswerValue)).toBe(`${label} : saisissez un nombre`);
    expect(one("tl-postes", 2.5)).toBe(2.5);
    expect(one("tl-postes", 1e9)).toBe(1e9);
  });

  it("territory: distinct codes of the referential, of the kinds asked", () => {
    const label = "« Vos territoires »";
    expect(one("territoires", ["55029", " 2a004 ", "200034874"])).toEqual(["55029", "2A004", "200034874"]);
    expect(one("territoires", ["55029", "99999"])).toBe(`${label} : « 99999 » ne correspond à aucune commune du département`);
    expect(one("territoires", ["200000000"])).toBe(`${label} : « 200000000 » ne correspond à aucune intercommunalité du département`);
    expect(one("territoires", ["5502"])).toBe(
      `${label} : « 5502 » n'est pas un code INSEE de commune à 5 caractères ni un SIREN d'intercommunalité à 9 chiffres`,
    );
    expect(one("territoires", ["55029", "55029"])).toBe(`${label} : « 55029 » est choisi deux fois`);
    expect(one("territoires", "55029")).toBe(`${label} : choisissez des territoires dans la liste`);
  });

  it("territory: one code only when the question is not multiple, of its kind only", () => {
    expect(one("commune", ["2A004"])).toEqual(["2A004"]);
    expect(one("commune", ["55029", "2A004"])).toBe("« Votre commune » : choisissez un seul territoire");
    expect(one("commune", ["200034874"])).toBe("« Votre commune » : « 200034874 » n'est pas un code INSEE de commune à 5 caractères");
  });
});

describe("validateAnswers, required and conditional questions", () => {
  it("asks nothing of a draft", () => {
    expect(draft({})).toEqual({ answers: {}, errors: [] });
  });

  it("on submit, requires the visible required questions only", () => {
    expect(submit({}).errors).toEqual([
      { questionId: "structure", message: "« Quelle structure représentez-vous ? » : cette question est obligatoire" },
      {
        questionId: "difficulte",
        message: "« Les habitants ont-ils des difficultés avec le numérique ? » : cette question est obligatoire",
      },
    ]);
    const shown = submit({ structure: "tiers-lieu", difficulte: 4, "tl-services": ["coworking"] });
    expect(shown.errors.map((e) => e.questionId)).toEqual(["tl-postes", "aide"]);
  });

  it("counts an empty list as no answer", () => {
    expect(submit({ structure: "tiers-lieu", difficulte: 1, "tl-services": [] }).errors).toEqual([
      { questionId: "tl-services", message: "« Quels services propose votre tiers-lieu ? » : cette question est obligatoire" },
    ]);
  });

  it("on submit, drops the answers of hidden questions without checking them", () => {
    const answers = { structure: "commune", difficulte: 2, "tl-services": ["coworking", "inconnu"], "tl-postes": 3, aide: "oui" };
    expect(submit(answers)).toEqual({ answers: { structure: "commune", difficulte: 2 }, errors: [] });
  });

  it("in a draft, keeps the answers of hidden questions, checked, for the respondent may go back", () => {
    const answers = { structure: "commune", difficulte: 2, "tl-services": ["coworking"], aide: "oui" };
    expect(draft(answers)).toEqual({ answers, errors: [] });
    expect(draft({ ...answers, aide: "peut-être" }).errors).toEqual([
      { questionId: "aide", message: "« Souhaitez-vous une aide ? » : choisissez une des réponses proposées" },
    ]);
  });

  it("lets a rejected answer show none of the questions that depend on it", () => {
    expect(submit({ structure: "tiers lieu", difficulte: 1 }).errors.map((e) => e.questionId)).toEqual(["structure"]);
  });

  it("reports an unknown question in both modes", () => {
    const unknown = { questionId: "inconnue", message: "Question inconnue : « inconnue »" };
    expect(draft({ inconnue: "x" })).toEqual({ answers: {}, errors: [unknown] });
    expect(submit({ structure: "commune", difficulte: 1, inconnue: "x" }).errors).toEqual([unknown]);
  });

  it("reports every error at once, in the order of the questions, naming each", () => {
    const result = submit({ inconnue: 1, lieux: 500, publics: ["ages", "jeunes", "aucun"], structure: "association" });
    expect(result.errors).toEqual([
      { questionId: "structure", message: "« Quelle structure représentez-vous ? » : choisissez une des réponses proposées" },
      { questionId: "publics", message: "« Quels publics sont éloignés du numérique ? » : choisissez au plus 2 réponses" },
      {
        questionId: "difficulte",
        message: "« Les habitants ont-ils des difficultés avec le numérique ? » : cette question est obligatoire",
      },
      { questionId: "lieux", message: "« Combien de lieux de médiation numérique compte votre … » : saisissez au plus 100 lieux" },
      { questionId: "inconnue", message: "Question inconnue : « inconnue »" },
    ]);
    expect(result.answers).toEqual({});
  });

  it("returns the valid answers only, trimmed, in template order", () => {
    const result = draft({ lieux: 5, nom: " Jeanne ", structure: "inconnue" });
    expect(result.answers).toEqual({ nom: "Jeanne", lieux: 5 });
    expect(Object.keys(result.answers)).toEqual(["nom", "lieux"]);
  });

  it("reads only the answers' own keys and never writes to a prototype", () => {
    const t = withQuestion("structure", { id: "constructor" });
    expect(submit({ difficulte: 1 }, t).errors).toEqual([
      { questionId: "constructor", message: "« Quelle structure représentez-vous ? » : cette question est obligatoire" },
    ]);
    const result = draft(JSON.parse('{"__proto__": {"polluted": "oui"}, "nom": "Jeanne"}') as Answers);
    expect(result.errors.map((e) => e.questionId)).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
