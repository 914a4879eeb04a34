import type {
  AnswerError,
  Answers,
  AnswerValue,
  ChoiceOption,
  MultipleChoiceQuestion,
  NumberQuestion,
  Question,
  QuestionnaireTemplate,
  RankingQuestion,
  TerritoryQuestion,
  TextQuestion,
} from "./template.js";
import { questionsOf } from "./questions.js";
import { answerOf, visibilityOf } from "./visibility.js";

export type TerritoryKind = "commune" | "epci";

export interface AnswerValidationOptions {
  /** A draft may be incomplete and keeps what a later answer hides: the respondent may go back. */
  mode: "draft" | "submit";
  /** The referential of the case's département, passed in because the domain does no I/O. */
  territoryExists: (code: string, kind: TerritoryKind) => boolean;
}

export interface AnswerValidation {
  /** The answers as they should be stored: trimmed, without empty ones, without hidden ones on submit. */
  answers: Answers;
  errors: AnswerError[];
}

/**
 * Checks every answer against its question and returns all problems at once, each naming its
 * question. Only valid answers come back in `answers`; a caller stores nothing while `errors`
 * is not empty. An empty text or list counts as no answer.
 */
export function validateAnswers(
  template: QuestionnaireTemplate,
  answers: Answers,
  options: AnswerValidationOptions,
): AnswerValidation {
  const questions = questionsOf(template);
  const valid: [string, AnswerValue][] = [];
  const problems = new Map<string, string>();
  for (const question of questions) {
    const given = answerOf(answers, question.id);
    if (given === undefined) continue;
    const checked = checkAnswer(question, given, options.territoryExists);
    if (typeof checked === "string") problems.set(question.id, checked);
    else if (checked !== null) valid.push([question.id, checked.value]);
  }
  // fromEntries defines own properties: an odd key cannot reach the prototype.
  const kept = Object.fromEntries(valid);
  // Visibility follows the valid answers only: a rejected answer shows nothing.
  const visible = options.mode === "submit" ? visibilityOf(template, kept) : null;
  const shown = (question: Question) => !visible || visible.get(question.id) === true;

  const errors: AnswerError[] = [];
  for (const question of questions.filter(shown)) {
    const problem = problems.get(question.id);
    if (problem) errors.push(errorOf(question, problem));
    else if (visible && question.required && !Object.hasOwn(kept, question.id))
      errors.push(errorOf(question, "cette question est obligatoire"));
  }
  const known = new Set(questions.map((question) => question.id));
  for (const questionId of Object.keys(answers))
    if (!known.has(questionId)) errors.push({ questionId, message: `Question inconnue : ${quote(questionId)}` });
  return { answers: visible ? Object.fromEntries(valid.filter(([id]) => visible.get(id))) : kept, errors };
}

/** The clean value, null for no answer, or what is wrong with it. */
type Checked = { value: AnswerValue } | null | string;

function checkAnswer(question: Question, given: unknown, territoryExists: AnswerValidationOptions["territoryExists"]): Checked {
  if (isBlank(given)) return null;
  switch (question.type) {
    case "single-choice":
      return typeof given === "string" && optionOf(question.options, given)
        ? { value: given }
        : "choisissez une des réponses proposées";
    case "multiple-choice":
      return checkMultipleChoice(question, given);
    case "scale":
      return Number.isInteger(given) && Number(given) >= 1 && Number(given) <= 5
        ? { value: Number(given) }
        : "donnez une note entière de 1 à 5";
    case "ranking":
      return checkRanking(question, given);
    case "short-text":
    case "long-text":
      return checkText(question, given);
    case "number":
      return checkNumber(question, given);
    case "territory":
      return checkTerritory(question, given, territoryExists);
  }
}

function isBlank(given: unknown): boolean {
  return (typeof given === "string" && given.trim() === "") || (Array.isArray(given) && given.length === 0);
}

function checkMultipleChoice(question: MultipleChoiceQuestion, given: unknown): Checked {
  const problem = choiceListProblem(question.options, given, "cochée");
  if (problem) return problem;
  const chosen = given as string[];
  const { minSelections: min, maxSelections: max } = question;
  if (min !== undefined && chosen.length < min) return `choisissez au moins ${plural(min, "réponse")}`;
  if (max !== undefined && chosen.length > max) return `choisissez au plus ${plural(max, "réponse")}`;
  return { value: chosen };
}

function checkRanking(question: RankingQuestion, given: unknown): Checked {
  const problem = choiceListProblem(question.options, given, "classée");
  if (problem) return problem;
  const ranked = given as string[];
  const expected = question.rankCount ?? question.options.length;
  if (ranked.length === expected) return { value: ranked };
  return question.rankCount === undefined
    ? `classez les ${expected} réponses proposées`
    : `classez exactement ${plural(expected, "réponse")}`;
}

/** Choices and rankings: a list of distinct values, each one of the options. */
function choiceListProblem(options: ChoiceOption[], given: unknown, done: string): string | null {
  if (!isStringList(given)) return "choisissez parmi les réponses proposées";
  const unknown = given.find((value) => !optionOf(options, value));
  if (unknown !== undefined) return `${quote(unknown)} n'est pas une des réponses proposées`;
  const twice = given.find((value, i) => given.indexOf(value) !== i);
  if (twice !== undefined) return `${quote(optionOf(options, twice)?.label ?? twice)} est ${done} deux fois`;
  return null;
}

function checkText(question: TextQuestion, given: unknown): Checked {
  if (typeof given !== "string") return "saisissez un texte";
  const text = given.trim();
  return text.length <= question.maxLength
    ? { value: text }
    : `${question.maxLength} caractères au plus (${text.length} saisis)`;
}

function checkNumber(question: NumberQuestion, given: unknown): Checked {
  if (typeof given !== "number" || !Number.isFinite(given)) return "saisissez un nombre";
  if (question.integer && !Number.isInteger(given)) return "saisissez un nombre entier";
  if (question.min !== undefined && given < question.min) return `saisissez au moins ${amount(question.min, question.unit)}`;
  if (question.max !== undefined && given > question.max) return `saisissez au plus ${amount(question.max, question.unit)}`;
  return { value: given };
}

// The code says its kind: a commune has a 5-character INSEE code (Corsica has 2A and 2B), an EPCI a 9-digit SIREN.
const codeFormats: Record<TerritoryKind, RegExp> = { commune: /^\d[\dAB]\d{3}$/, epci: /^\d{9}$/ };
const territoryNames: Record<TerritoryKind, string> = { commune: "commune", epci: "intercommunalité" };
const codeHints: Record<TerritoryKind, string> = {
  commune: "code INSEE de commune à 5 caractères",
  epci: "SIREN d'intercommunalité à 9 chiffres",
};

function checkTerritory(
  question: TerritoryQuestion,
  given: unknown,
  territoryExists: AnswerValidationOptions["territoryExists"],
): Checked {
  if (!isStringList(given)) return "choisissez des territoires dans la liste";
  const codes = given.map((code) => code.trim().toUpperCase());
  if (!question.multiple && codes.length > 1) return "choisissez un seul territoire";
  const twice = codes.find((code, i) => codes.indexOf(code) !== i);
  if (twice !== undefined) return `${quote(twice)} est choisi deux fois`;
  for (const code of codes) {
    const kindsOfCode = question.kinds.filter((kind) => codeFormats[kind].test(code));
    if (kindsOfCode.length === 0)
      return `${quote(code)} n'est pas un ${question.kinds.map((kind) => codeHints[kind]).join(" ni un ")}`;
    if (!kindsOfCode.some((kind) => territoryExists(code, kind)))
      return `${quote(code)} ne correspond à aucune ${kindsOfCode.map((kind) => territoryNames[kind]).join(" ou ")} du département`;
  }
  return { value: codes };
}

function isStringList(given: unknown): given is string[] {
  return Array.isArray(given) && given.every((item) => typeof item === "string");
}

function optionOf(options: ChoiceOption[], value: string): ChoiceOption | undefined {
  return options.find((option) => option.value === value);
}

const LABEL_LENGTH = 60;

/** « label » : problem — long labels are cut at a word so that the message stays readable. */
function errorOf(question: Question, problem: string): AnswerError {
  return { questionId: question.id, message: `${quote(question.label, LABEL_LENGTH)} : ${problem}` };
}

function quote(text: string, length = 40): string {
  if (text.length <= length) return `« ${text} »`;
  const cut = text.slice(0, length);
  const word = cut.lastIndexOf(" ");
  return `« ${(word > length / 2 ? cut.slice(0, word) : cut).trimEnd()} … »`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count > 1 ? "s" : ""}`;
}

function amount(value: number, unit: string | undefined): string {
  const number = new Intl.NumberFormat("fr-FR", { useGrouping: false }).format(value);
  return unit ? `${number} ${unit}` : number;
}
