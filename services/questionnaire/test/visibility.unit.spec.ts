import { describe, expect, it } from "vitest";
import { isVisible, visibleQuestions } from "../src/domain/template/visibility.js";
import type { Answers, QuestionnaireTemplate } from "../src/domain/template/template.js";
import { sampleTemplate } from "./template.fixtures.js";

const template = sampleTemplate();
const conditional = ["tl-services", "tl-postes", "aide"];
const shown = (answers: Answers) => visibleQuestions(template, answers).map((q) => q.id).filter((id) => conditional.includes(id));

describe("isVisible", () => {
  it("shows a question without condition whatever the answers", () => {
    expect(isVisible(template, "structure", {})).toBe(true);
  });

  it("hides a conditional question until the answer it waits for is given", () => {
    expect(isVisible(template, "tl-services", {})).toBe(false);
    expect(isVisible(template, "tl-services", { structure: "commune" })).toBe(false);
    expect(isVisible(template, "tl-services", { structure: "tiers-lieu" })).toBe(true);
  });

  it("follows a chain: the last question shows only while every link holds", () => {
    const answers = { structure: "tiers-lieu", "tl-services": ["fablab", "coworking"] };
    expect(isVisible(template, "tl-postes", answers)).toBe(true);
    expect(isVisible(template, "tl-postes", { ...answers, "tl-services": ["fablab"] })).toBe(false);
    // The kept answer "coworking" no longer counts once its own question is hidden.
    expect(isVisible(template, "tl-postes", { ...answers, structure: "commune" })).toBe(false);
  });

  it("compares a scale or a number with at-least and equals", () => {
    expect([1, 3, 4, 5].map((difficulte) => isVisible(template, "aide", { difficulte }))).toEqual([false, false, true, true]);
    const onNumber: QuestionnaireTemplate = sampleTemplate();
    onNumber.sections[1]!.questions[2]!.condition = { questionId: "lieux", operator: "equals", value: 0 };
    expect(isVisible(onNumber, "aide", { lieux: 0 })).toBe(true);
    expect(isVisible(onNumber, "aide", { lieux: 1 })).toBe(false);
  });

  it("does not take an answer of the wrong type for a match", () => {
    expect(isVisible(template, "aide", { difficulte: "5" })).toBe(false);
    expect(isVisible(template, "tl-postes", { structure: "tiers-lieu", "tl-services": "coworking" })).toBe(false);
  });

  it("knows nothing of an unknown question", () => {
    expect(isVisible(template, "inconnue", {})).toBe(false);
  });

  it("hides, rather than loops on, a condition that points to a later question or to itself", () => {
    const broken = sampleTemplate();
    broken.sections[0]!.questions[0]!.condition = { questionId: "aide", operator: "equals", value: "oui" };
    broken.sections[1]!.questions[2]!.condition = { questionId: "aide", operator: "equals", value: "oui" };
    expect(isVisible(broken, "structure", { aide: "oui" })).toBe(false);
    expect(isVisible(broken, "aide", { aide: "oui" })).toBe(false);
  });
});

describe("visibleQuestions", () => {
  it("lists the shown questions in template order", () => {
    expect(shown({})).toEqual([]);
    expect(shown({ difficulte: 5, structure: "tiers-lieu" })).toEqual(["tl-services", "aide"]);
    expect(shown({ difficulte: 5, structure: "tiers-lieu", "tl-services": ["coworking"] })).toEqual(conditional);
    expect(visibleQuestions(template, {})).toHaveLength(9);
  });
});
