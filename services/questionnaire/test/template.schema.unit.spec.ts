import { defaultThemes } from "@tetris/shared";
import { describe, expect, it } from "vitest";
import { defaultTemplate } from "../src/domain/template/default-template.js";
import { questionsOf } from "../src/domain/template/questions.js";
import { checkTemplate, questionnaireTemplateSchema } from "../src/domain/template/template.schema.js";
import { questionTypes, type Question, type QuestionnaireTemplate } from "../src/domain/template/template.js";
import { sampleTemplate, score } from "./template.fixtures.js";

/** The sample template with one change; `question(t, id)` finds the question to change. */
function changed(change: (t: QuestionnaireTemplate) => void): QuestionnaireTemplate {
  const template = sampleTemplate();
  change(template);
  return template;
}

/** The question of that type (both texts share one interface, hence no plain Extract). */
type QuestionOf<T> = Question extends infer Q ? (Q extends { type: infer K } ? (T extends K ? Q : never) : never) : never;

function question<T extends Question["type"]>(t: QuestionnaireTemplate, id: string, _type?: T): QuestionOf<T> {
  const found = questionsOf(t).find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found as QuestionOf<T>;
}

const pathsOf = (t: QuestionnaireTemplate) => checkTemplate(t).map((issue) => issue.path);

describe("checkTemplate", () => {
  it("accepts the sample template", () => {
    expect(checkTemplate(sampleTemplate())).toEqual([]);
  });

  it("rejects a question id used twice, even in another section", () => {
    const t = changed((t) => (question(t, "tl-postes").id = "structure"));
    expect(checkTemplate(t)).toContainEqual({
      path: "sections.1.questions.1.id",
      message: "L'identifiant de question « structure » est déjà utilisé",
    });
  });

  it("rejects a section id used twice", () => {
    expect(pathsOf(changed((t) => (t.sections[1]!.id = "general")))).toEqual(["sections.1.id"]);
  });

  it("rejects an option value used twice in one question", () => {
    const t = changed((t) => (question(t, "publics", "multiple-choice").options[2]!.value = "ages"));
    expect(pathsOf(t)).toEqual(["sections.0.questions.1.options.2.value"]);
  });

  it("rejects a theme the template does not list, wherever it is referenced", () => {
    const t = changed((t) => {
      question(t, "structure", "single-choice").options[1]!.scores[0]!.themeCode = "e-sante";
      question(t, "difficulte", "scale").scores[1]!.themeCode = "cybersecurite";
      question(t, "besoins", "long-text").themes.push("e-education");
    });
    expect(checkTemplate(t)).toEqual([
      {
        path: "sections.0.questions.0.options.1.scores.0.themeCode",
        message: "Le thème « e-sante » n'est pas dans la liste des thèmes du questionnaire",
      },
      {
        path: "sections.0.questions.2.scores.1.themeCode",
        message: "Le thème « cybersecurite » n'est pas dans la liste des thèmes du questionnaire",
      },
      {
        path: "sections.0.questions.5.themes.1",
        message: "Le thème « e-education » n'est pas dans la liste des thèmes du questionnaire",
      },
    ]);
  });

  it("rejects a theme listed twice in the template or scored twice by one answer", () => {
    const t = changed((t) => {
      t.themes.push({ code: "tiers-lieux", label: "Encore" });
      question(t, "difficulte", "scale").scores.push(score("inclusion-mediation", 1));
    });
    expect(pathsOf(t)).toEqual(["themes.3.code", "sections.0.questions.2.scores.2.themeCode"]);
  });

  it.each([
    ["negative", -1],
    ["infinite", Number.POSITIVE_INFINITY],
    ["not a number", Number.NaN],
  ])("rejects points that are %s", (_what, points) => {
    const t = changed((t) => (question(t, "publics", "multiple-choice").options[1]!.scores[1]!.points = points));
    expect(checkTemplate(t)).toEqual([
      { path: "sections.0.questions.1.options.1.scores.1.points", message: "Les points sont un nombre positif ou nul" },
    ]);
  });

  it("accepts zero points", () => {
    expect(checkTemplate(changed((t) => (question(t, "difficulte", "scale").scores[0]!.points = 0)))).toEqual([]);
  });

  describe("conditions", () => {
    it("reject a question that comes later, itself or none", () => {
      const later = changed((t) => (question(t, "structure").condition = { questionId: "aide", operator: "equals", value: "oui" }));
      expect(checkTemplate(later)).toEqual([
        {
          path: "sections.0.questions.0.condition.questionId",
          message: "La condition doit porter sur une question posée plus haut que celle-ci (« aide » ne l'est pas)",
        },
      ]);
      const itself = changed((t) => (question(t, "aide").condition!.questionId = "aide"));
      expect(pathsOf(itself)).toEqual(["sections.1.questions.2.condition.questionId"]);
      const unknown = changed((t) => (question(t, "aide").condition!.questionId = "inconnue"));
      expect(checkTemplate(unknown)[0]?.message).toBe("La condition porte sur une question inconnue : « inconnue »");
    });

    it.each([
      ["equals", "publics", "ages"],
      ["equals", "priorites", "inclusion"],
      ["equals", "besoins", "oui"],
      ["equals", "territoires", "55029"],
      ["includes", "structure", "commune"],
      ["includes", "difficulte", 3],
      ["at-least", "structure", 1],
      ["at-least", "publics", 1],
    ] as const)("reject %s on the question « %s »", (operator, questionId, value) => {
      const t = changed((t) => (question(t, "aide").condition = { questionId, operator, value }));
      expect(pathsOf(t)).toEqual(["sections.1.questions.2.condition.operator"]);
    });

    it.each([
      ["equals", "structure", "commune"],
      ["equals", "difficulte", 3],
      ["equals", "lieux", 10],
      ["includes", "publics", "jeunes"],
      ["at-least", "difficulte", 2],
      ["at-least", "lieux", 0.5],
    ] as const)("accept %s on the question « %s »", (operator, questionId, value) => {
      expect(checkTemplate(changed((t) => (question(t, "aide").condition = { questionId, operator, value })))).toEqual([]);
    });

    it.each([
      ["equals", "structure", "association"],
      ["equals", "structure", 1],
      ["includes", "publics", "adultes"],
      ["equals", "difficulte", 6],
      ["at-least", "difficulte", "4"],
      ["at-least", "lieux", "10"],
    ] as const)("reject %s « %s » with a value it can never take (%s)", (operator, questionId, value) => {
      const t = changed((t) => (question(t, "aide").condition = { questionId, operator, value }));
      expect(pathsOf(t)).toEqual(["sections.1.questions.2.condition.value"]);
    });

    it("say which option values the condition may wait for", () => {
      const t = changed((t) => (question(t, "tl-services").condition!.value = "association"));
      expect(checkTemplate(t)[0]?.message).toBe("« association » n'est pas une réponse proposée par la question « structure »");
    });
  });

  it("rejects a minimum above the maximum, for numbers and for selections", () => {
    const t = changed((t) => {
      Object.assign(question(t, "lieux", "number"), { min: 10, max: 5 });
      Object.assign(question(t, "publics", "multiple-choice"), { minSelections: 2, maxSelections: 1 });
    });
    expect(pathsOf(t)).toEqual(["sections.0.questions.1.minSelections", "sections.0.questions.6.min"]);
  });

  it("rejects more selections, or more to rank, than there are options", () => {
    const t = changed((t) => {
      Object.assign(question(t, "publics", "multiple-choice"), { minSelections: 4, maxSelections: 4 });
      question(t, "priorites", "ranking").rankCount = 4;
    });
    expect(checkTemplate(t)).toEqual([
      { path: "sections.0.questions.1.minSelections", message: "Au moins 4 réponses demandées pour 3 proposées" },
      { path: "sections.0.questions.1.maxSelections", message: "Au plus 4 réponses permises pour 3 proposées" },
      { path: "sections.0.questions.3.rankCount", message: "4 réponses à classer pour 3 proposées" },
    ]);
    expect(checkTemplate(changed((t) => (question(t, "priorites", "ranking").rankCount = 3)))).toEqual([]);
  });

  it.each([
    ["short-text", "nom", 0, false],
    ["short-text", "nom", 300, true],
    ["short-text", "nom", 301, false],
    ["long-text", "besoins", 0, false],
    ["long-text", "besoins", 10_000, true],
    ["long-text", "besoins", 10_001, false],
    ["long-text", "besoins", 12.5, false],
  ] as const)("checks the maximum length of a %s (%s: %s → %s)", (_type, id, maxLength, accepted) => {
    const issues = checkTemplate(changed((t) => (question(t, id, "short-text").maxLength = maxLength)));
    const at = `sections.0.questions.${id === "nom" ? 4 : 5}.maxLength`;
    expect(issues).toEqual(accepted ? [] : [expect.objectContaining({ path: at })]);
  });

  it("reports every problem at once", () => {
    const t = changed((t) => {
      t.sections[1]!.id = "general";
      question(t, "aide").condition!.questionId = "inconnue";
      question(t, "lieux", "number").min = 1000;
    });
    expect(pathsOf(t)).toEqual(["sections.0.questions.6.min", "sections.1.id", "sections.1.questions.2.condition.questionId"]);
  });
});

describe("questionnaireTemplateSchema", () => {
  it("parses a valid template as it is, texts trimmed", () => {
    const input = changed((t) => (t.title = "  Exemple  "));
    expect(questionnaireTemplateSchema.parse(input)).toEqual(sampleTemplate());
  });

  it("says in French which field is missing, of the wrong type or unknown", () => {
    const input = JSON.parse(JSON.stringify(sampleTemplate()));
    delete input.sections[0].questions[0].label;
    input.sections[0].questions[1].maxSelections = "deux";
    input.sections[0].questions[2].type = "curseur";
    input.sections[1].questions[0].couleur = "bleu";
    input.themes[0].code = "Inclusion Numérique";
    const result = questionnaireTemplateSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual(
      expect.arrayContaining([
        ["sections.0.questions.0.label", "Champ obligatoire"],
        ["sections.0.questions.1.maxSelections", "Nombre attendu"],
        ["sections.0.questions.2.type", "Type de question inconnu"],
        ["sections.1.questions.0", "Champ inconnu : couleur"],
        ["themes.0.code", "Code de thème invalide"],
      ]),
    );
  });

  it("rejects a blank label and a choice with a single option", () => {
    const input = changed((t) => {
      question(t, "structure").label = "   ";
      question(t, "structure", "single-choice").options.pop();
    });
    const result = questionnaireTemplateSchema.safeParse(input);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["sections.0.questions.0.label", "Champ obligatoire"],
      ["sections.0.questions.0.options", "Au moins deux réponses à proposer"],
    ]);
  });

  it("still lets the API derive an input without the version", () => {
    const { version: _version, ...draft } = sampleTemplate();
    expect(questionnaireTemplateSchema.omit({ version: true }).safeParse(draft).success).toBe(true);
  });
});

describe("defaultTemplate", () => {
  const questions = questionsOf(defaultTemplate);

  it("passes the schema and every structural rule", () => {
    expect(questionnaireTemplateSchema.safeParse(defaultTemplate).error?.issues).toBeUndefined();
    expect(checkTemplate(defaultTemplate)).toEqual([]);
  });

  it("is the framing questionnaire, first version, on the eight default themes", () => {
    expect([defaultTemplate.templateId, defaultTemplate.version, defaultTemplate.title]).toEqual([
      "questionnaire-de-cadrage",
      1,
      "Questionnaire de cadrage",
    ]);
    expect(defaultTemplate.themes).toEqual(defaultThemes.map(({ code, label }) => ({ code, label })));
  });

  it("asks 25 to 35 questions of every type in 6 to 8 sections, some required, some conditional", () => {
    expect(defaultTemplate.sections.length).toBeGreaterThanOrEqual(6);
    expect(defaultTemplate.sections.length).toBeLessThanOrEqual(8);
    expect(questions.length).toBeGreaterThanOrEqual(25);
    expect(questions.length).toBeLessThanOrEqual(35);
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(questionTypes));
    expect(questions.filter((q) => q.required).length).toBeGreaterThan(3);
    expect(new Set(questions.flatMap((q) => (q.condition ? [q.condition.operator] : [])))).toEqual(
      new Set(["equals", "includes", "at-least"]),
    );
  });

  it("asks where the respondent acts and to rank the eight themes", () => {
    expect(questions).toContainEqual(expect.objectContaining({ type: "territory", kinds: ["commune", "epci"], multiple: true }));
    const ranking = questions.find((q) => q.type === "ranking");
    expect(ranking?.label).toBe("Classez ces thématiques par ordre de priorité pour votre territoire");
    expect(ranking?.type === "ranking" && ranking.options.map((o) => o.value)).toEqual(defaultThemes.map((t) => t.code));
  });

  it("gives every theme some points and groups every long text under a theme", () => {
    const scored = new Set(
      questions.flatMap((q) =>
        "options" in q ? q.options.flatMap((o) => o.scores.map((s) => s.themeCode)) : q.type === "scale" ? q.scores.map((s) => s.themeCode) : [],
      ),
    );
    expect(scored).toEqual(new Set(defaultThemes.map((t) => t.code)));
    for (const q of questions) if (q.type === "long-text") expect(q.themes.length).toBeGreaterThan(0);
  });
});
