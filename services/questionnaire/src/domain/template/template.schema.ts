import { themeCodeSchema } from "@tetris/shared";
import { z } from "zod";
import type { ChoiceOption, Condition, Question, QuestionnaireTemplate, QuestionType, ThemeScore } from "./template.js";

/** zod's own messages are English: every field says in French what it expected. */
function expecting(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? "Champ obligatoire" : message) };
}

const objectError = {
  error: (issue: { code?: string; input?: unknown; keys?: string[] }) =>
    issue.code === "unrecognized_keys"
      ? `Champ inconnu : ${(issue.keys ?? []).join(", ")}`
      : issue.input === undefined
        ? "Champ obligatoire"
        : "Objet attendu",
};

const text = (max: number) =>
  z
    .string(expecting("Texte attendu"))
    .trim()
    .min(1, "Champ obligatoire")
    .max(max, `${max} caractères au plus`);

const optionalText = (max: number) => z.string(expecting("Texte attendu")).trim().max(max, `${max} caractères au plus`);

// Ids become keys of the answers and parts of URLs: keep them plain.
const identifier = z
  .string(expecting("Identifiant attendu"))
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$/, "Identifiant invalide : lettres, chiffres, « - » ou « _ », 80 caractères au plus");

// The events carry theme codes: the template takes the contract's rule, with a French message first.
const themeCode = z.string(expecting("Code de thème attendu")).pipe(themeCodeSchema);

const integer = (min: number) =>
  z
    .number(expecting("Nombre attendu"))
    .int("Nombre entier attendu")
    .min(min, `Au moins ${min}`);

const flag = z.boolean(expecting("Vrai ou faux attendu"));

const list = <T extends z.ZodType>(item: T) => z.array(item, expecting("Liste attendue"));

const themeScoreSchema = z.strictObject(
  { themeCode, points: z.number(expecting("Nombre de points attendu")) },
  objectError,
);

const optionSchema = z.strictObject({ value: identifier, label: text(300), scores: list(themeScoreSchema) }, objectError);

const options = list(optionSchema).min(2, "Au moins deux réponses à proposer");

const conditionSchema = z.strictObject(
  {
    questionId: identifier,
    operator: z.enum(["equals", "includes", "at-least"], { error: "Opérateur attendu : equals, includes ou at-least" }),
    value: z.union([z.string(), z.number()], { error: "Valeur attendue : un texte ou un nombre" }),
  },
  objectError,
);

const questionBase = {
  id: identifier,
  label: text(500),
  help: optionalText(2000).optional(),
  required: flag,
  condition: conditionSchema.nullish(),
};

const prefillFrom = <T extends string>(what: T, message: string) => z.literal(what, { error: message }).optional();
const actorTypePrefill = prefillFrom("actorType", "Préremplissage possible : actorType (le type d'acteur de l'invitation)");

const questionSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ ...questionBase, type: z.literal("single-choice"), options, prefill: actorTypePrefill }, objectError),
    z.strictObject(
      {
        ...questionBase,
        type: z.literal("multiple-choice"),
        options,
        prefill: actorTypePrefill,
        minSelections: integer(0).optional(),
        maxSelections: integer(1).optional(),
      },
      objectError,
    ),
    z.strictObject(
      { ...questionBase, type: z.literal("scale"), minLabel: text(100), maxLabel: text(100), scores: list(themeScoreSchema) },
      objectError,
    ),
    z.strictObject({ ...questionBase, type: z.literal("ranking"), options, rankCount: integer(1).optional() }, objectError),
    z.strictObject(
      { ...questionBase, type: z.enum(["short-text", "long-text"]), maxLength: integer(1), themes: list(themeCode) },
      objectError,
    ),
    z.strictObject(
      {
        ...questionBase,
        type: z.literal("number"),
        min: z.number(expecting("Nombre attendu")).optional(),
        max: z.number(expecting("Nombre attendu")).optional(),
        integer: flag,
        unit: text(40).optional(),
      },
      objectError,
    ),
    z.strictObject(
      {
        ...questionBase,
        type: z.literal("territory"),
        kinds: list(z.enum(["commune", "epci"], { error: "Type de territoire attendu : commune ou epci" })).min(
          1,
          "Au moins un type de territoire",
        ),
        multiple: flag,
        prefill: prefillFrom("territory", "Préremplissage possible : territory (le territoire de l'invitation)"),
      },
      objectError,
    ),
  ],
  { error: "Type de question inconnu" },
);

const sectionSchema = z.strictObject(
  {
    id: identifier,
    title: text(200),
    description: optionalText(2000).optional(),
    questions: list(questionSchema).min(1, "Au moins une question par section"),
  },
  objectError,
);

/**
 * The shape of a whole template as ANCT creates or edits it, field by field. The rules that span
 * fields are in checkTemplate, not in a refinement: zod forbids `.omit()` on a refined object,
 * and the API derives its inputs from this schema.
 */
export const questionnaireTemplateSchema = z.strictObject(
  {
    templateId: identifier,
    version: integer(1),
    title: text(200),
    description: optionalText(5000),
    themes: list(z.strictObject({ code: themeCode, label: text(200) }, objectError)).min(1, "Au moins un thème"),
    sections: list(sectionSchema).min(1, "Au moins une section"),
  },
  objectError,
);

// The schema must produce what the domain works on; this line fails to compile if they drift.
questionnaireTemplateSchema satisfies z.ZodType<QuestionnaireTemplate>;

export interface TemplateIssue {
  path: string;
  message: string;
}

/**
 * The rules zod cannot see field by field, for a template built in code as well as one parsed by
 * the API; each issue names the field at fault, e.g. `sections.2.questions.0.condition.questionId`.
 */
export function checkTemplate(template: QuestionnaireTemplate): TemplateIssue[] {
  return templateIssues(template).map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

type Path = (string | number)[];
type RawIssue = { path: Path; message: string };

const typeNames: Record<QuestionType, string> = {
  "single-choice": "choix unique",
  "multiple-choice": "choix multiple",
  scale: "échelle",
  ranking: "classement",
  "short-text": "texte court",
  "long-text": "texte long",
  number: "nombre",
  territory: "territoire",
};

const operatorTargets: Record<Condition["operator"], QuestionType[]> = {
  equals: ["single-choice", "scale", "number"],
  includes: ["multiple-choice"],
  "at-least": ["scale", "number"],
};

const maxLengthLimits = { "short-text": 300, "long-text": 10_000 } as const;

function templateIssues(template: QuestionnaireTemplate): RawIssue[] {
  const issues: RawIssue[] = [];
  const themeCodes = new Set<string>();
  template.themes.forEach((theme, t) => {
    if (themeCodes.has(theme.code)) issues.push({ path: ["themes", t, "code"], message: `Le thème « ${theme.code} » est déjà dans la liste` });
    themeCodes.add(theme.code);
  });

  const allIds = new Set(template.sections.flatMap((section) => section.questions.map((q) => q.id)));
  const sectionIds = new Set<string>();
  const earlier = new Map<string, Question>();
  template.sections.forEach((section, s) => {
    if (sectionIds.has(section.id))
      issues.push({ path: ["sections", s, "id"], message: `L'identifiant de section « ${section.id} » est déjà utilisé` });
    sectionIds.add(section.id);

    section.questions.forEach((question, q) => {
      const at: Path = ["sections", s, "questions", q];
      if (earlier.has(question.id))
        issues.push({ path: [...at, "id"], message: `L'identifiant de question « ${question.id} » est déjà utilisé` });
      issues.push(...questionIssues(question, at, themeCodes));
      if (question.condition) issues.push(...conditionIssues(question.condition, [...at, "condition"], earlier, allIds));
      if (!earlier.has(question.id)) earlier.set(question.id, question);
    });
  });
  return issues;
}

function questionIssues(question: Question, at: Path, themeCodes: Set<string>): RawIssue[] {
  switch (question.type) {
    case "single-choice":
      return optionIssues(question.options, at, themeCodes);
    case "multiple-choice": {
      const issues = optionIssues(question.options, at, themeCodes);
      const { minSelections: min, maxSelections: max } = question;
      const count = question.options.length;
      if (min !== undefined && max !== undefined && min > max)
        issues.push({ path: [...at, "minSelections"], message: "Le nombre minimum de réponses dépasse le maximum" });
      if (min !== undefined && min > count)
        issues.push({ path: [...at, "minSelections"], message: `Au moins ${min} réponses demandées pour ${count} proposées` });
      if (max !== undefined && max > count)
        issues.push({ path: [...at, "maxSelections"], message: `Au plus ${max} réponses permises pour ${count} proposées` });
      return issues;
    }
    case "ranking": {
      const issues = optionIssues(question.options, at, themeCodes);
      const count = question.options.length;
      if (question.rankCount !== undefined && question.rankCount > count)
        issues.push({ path: [...at, "rankCount"], message: `${question.rankCount} réponses à classer pour ${count} proposées` });
      return issues;
    }
    case "scale":
      return scoreIssues(question.scores, [...at, "scores"], themeCodes);
    case "short-text":
    case "long-text": {
      const issues = themeListIssues(question.themes, [...at, "themes"], themeCodes);
      const limit = maxLengthLimits[question.type];
      if (!Number.isInteger(question.maxLength) || question.maxLength < 1 || question.maxLength > limit)
        issues.push({
          path: [...at, "maxLength"],
          message: `La longueur maximale d'un ${typeNames[question.type]} est un entier de 1 à ${limit} caractères`,
        });
      return issues;
    }
    case "number":
      return question.min !== undefined && question.max !== undefined && question.min > question.max
        ? [{ path: [...at, "min"], message: "Le minimum dépasse le maximum" }]
        : [];
    case "territory":
      return question.kinds.flatMap((kind, k) =>
        question.kinds.indexOf(kind) < k ? [{ path: [...at, "kinds", k], message: `« ${kind} » figure deux fois` }] : [],
      );
  }
}

function optionIssues(options: ChoiceOption[], at: Path, themeCodes: Set<string>): RawIssue[] {
  const seen = new Set<string>();
  return options.flatMap((option, o) => {
    const issues = scoreIssues(option.scores, [...at, "options", o, "scores"], themeCodes);
    if (seen.has(option.value))
      issues.unshift({ path: [...at, "options", o, "value"], message: `La valeur « ${option.value} » est déjà celle d'une autre réponse` });
    seen.add(option.value);
    return issues;
  });
}

function scoreIssues(scores: ThemeScore[], at: Path, themeCodes: Set<string>): RawIssue[] {
  const seen = new Set<string>();
  return scores.flatMap((score, i) => {
    const issues: RawIssue[] = [];
    if (!themeCodes.has(score.themeCode))
      issues.push({ path: [...at, i, "themeCode"], message: unknownTheme(score.themeCode) });
    else if (seen.has(score.themeCode))
      issues.push({ path: [...at, i, "themeCode"], message: `Le thème « ${score.themeCode} » est déjà noté ici` });
    seen.add(score.themeCode);
    // Points only ever raise a theme: a negative or infinite score would break the ranking.
    if (!Number.isFinite(score.points) || score.points < 0)
      issues.push({ path: [...at, i, "points"], message: "Les points sont un nombre positif ou nul" });
    return issues;
  });
}

function themeListIssues(themes: string[], at: Path, themeCodes: Set<string>): RawIssue[] {
  return themes.flatMap((code, i) => (themeCodes.has(code) ? [] : [{ path: [...at, i], message: unknownTheme(code) }]));
}

const unknownTheme = (code: string) => `Le thème « ${code} » n'est pas dans la liste des thèmes du questionnaire`;

function conditionIssues(condition: Condition, at: Path, earlier: Map<string, Question>, allIds: Set<string>): RawIssue[] {
  const target = earlier.get(condition.questionId);
  if (!target) {
    const message = allIds.has(condition.questionId)
      ? `La condition doit porter sur une question posée plus haut que celle-ci (« ${condition.questionId} » ne l'est pas)`
      : `La condition porte sur une question inconnue : « ${condition.questionId} »`;
    return [{ path: [...at, "questionId"], message }];
  }
  if (!operatorTargets[condition.operator].includes(target.type))
    return [
      {
        path: [...at, "operator"],
        message: `L'opérateur « ${condition.operator} » ne s'applique pas à une question de type ${typeNames[target.type]}`,
      },
    ];
  const valueProblem = conditionValueProblem(condition.value, target);
  return valueProblem ? [{ path: [...at, "value"], message: valueProblem }] : [];
}

/** The value a condition waits for must be an answer the question it looks at can receive. */
function conditionValueProblem(value: string | number, target: Question): string | null {
  switch (target.type) {
    case "single-choice":
    case "multiple-choice":
      return typeof value === "string" && target.options.some((option) => option.value === value)
        ? null
        : `« ${value} » n'est pas une réponse proposée par la question « ${target.id} »`;
    case "scale":
      return Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 5 ? null : "Valeur attendue : un entier de 1 à 5";
    case "number":
      return typeof value === "number" ? null : "Valeur attendue : un nombre";
    default:
      return null;
  }
}
