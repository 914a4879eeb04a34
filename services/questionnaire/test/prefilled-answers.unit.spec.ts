import { describe, expect, it } from "vitest";
import { defaultTemplate } from "../src/domain/template/default-template.js";
import { prefilledAnswers } from "../src/domain/template/prefilled-answers.js";
import type { QuestionnaireTemplate } from "../src/domain/template/template.js";
import { questionnaireTemplateSchema } from "../src/domain/template/template.schema.js";
import { option } from "./template.fixtures.js";

const VERDUN = { kind: "commune" as const, code: "55545", name: "Verdun" };
const GRAND_VERDUN = { kind: "epci" as const, code: "200049187", name: "CA du Grand Verdun" };

/** Every kind of question that can be prefilled, each taking one kind of territory or several answers. */
const template: QuestionnaireTemplate = {
  templateId: "prefill",
  version: 1,
  title: "Préremplissage",
  description: "",
  themes: [{ code: "tiers-lieux", label: "Tiers-lieux" }],
  sections: [
    {
      id: "s",
      title: "Vous",
      questions: [
        { id: "type", type: "single-choice", label: "Structure", required: true, prefill: "actorType", options: [option("epci", "EPCI"), option("autre", "Autre")] },
        { id: "types", type: "multiple-choice", label: "Structures", required: false, prefill: "actorType", options: [option("epci", "EPCI"), option("petr", "PETR")] },
        { id: "type-libre", type: "single-choice", label: "Sans préremplissage", required: false, options: [option("epci", "EPCI"), option("autre", "Autre")] },
        { id: "communes", type: "territory", label: "Communes", required: false, prefill: "territory", kinds: ["commune"], multiple: true },
        { id: "epci", type: "territory", label: "EPCI", required: false, prefill: "territory", kinds: ["epci"], multiple: false },
      ],
    },
  ],
};

describe("prefilledAnswers", () => {
  it("answers the questions marked prefill with the invitation's actor type and territory", () => {
    expect(prefilledAnswers(template, { actorType: "epci", territory: GRAND_VERDUN })).toEqual({ type: "epci", types: ["epci"], epci: [GRAND_VERDUN.code] });
    expect(prefilledAnswers(template, { actorType: "epci", territory: VERDUN })).toEqual({ type: "epci", types: ["epci"], communes: [VERDUN.code] });
  });

  it("leaves a question unanswered when the invitation says nothing it can take", () => {
    // « tiers-lieu » is not an option of these questions; no territory was given.
    expect(prefilledAnswers(template, { actorType: "tiers-lieu", territory: null })).toEqual({});
    expect(prefilledAnswers(template, { actorType: "autre", territory: null })).toEqual({ type: "autre" });
  });

  it("prefills the structure and the territories of the Questionnaire de cadrage", () => {
    expect(prefilledAnswers(defaultTemplate, { actorType: "epci", territory: GRAND_VERDUN })).toEqual({ "structure-type": "epci", territoires: [GRAND_VERDUN.code] });
  });

  it("is accepted by the template schema only where it can apply", () => {
    expect(questionnaireTemplateSchema.safeParse(template).success).toBe(true);
    const wrong = structuredClone(template);
    Object.assign(wrong.sections[0]!.questions[3]!, { prefill: "actorType" });
    const parsed = questionnaireTemplateSchema.safeParse(wrong);
    expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["sections.0.questions.3.prefill"]);
  });
});
