/**
 * A questionnaire template: sections of questions, each answer possibly giving points to
 * themes. A published version never changes; a change makes the next version, and every
 * answer keeps the version it was given on.
 */

export const questionTypes = [
  "single-choice",
  "multiple-choice",
  "scale",
  "ranking",
  "short-text",
  "long-text",
  "number",
  "territory",
] as const;
export type QuestionType = (typeof questionTypes)[number];

/** Points an answer gives to a theme (never negative: a theme is raised, never lowered). */
export interface ThemeScore {
  themeCode: string;
  points: number;
}

export interface ChoiceOption {
  value: string;
  label: string;
  scores: ThemeScore[];
}

/**
 * Shows a question only when an earlier answer matches: `equals` for a single choice (or a
 * number/scale equal to the value), `includes` for a multiple choice, `at-least` for a scale
 * or a number.
 */
export interface Condition {
  questionId: string;
  operator: "equals" | "includes" | "at-least";
  value: string | number;
}

interface QuestionBase {
  id: string;
  label: string;
  help?: string;
  required: boolean;
  condition?: Condition | null;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: "single-choice";
  options: ChoiceOption[];
  /**
   * A fresh draft takes the invitation's actor type (the option of that value, if there is one),
   * so that a respondent is not asked again what staff already said. See `prefilledAnswers`.
   */
  prefill?: "actorType";
}
export interface MultipleChoiceQuestion extends QuestionBase {
  type: "multiple-choice";
  options: ChoiceOption[];
  prefill?: "actorType";
  minSelections?: number;
  maxSelections?: number;
}
/** A 1–5 scale; each step above 1 gives a quarter of `scores` (5 gives them whole). */
export interface ScaleQuestion extends QuestionBase {
  type: "scale";
  minLabel: string;
  maxLabel: string;
  scores: ThemeScore[];
}
/**
 * Options put in order of priority (all of them, or the first `rankCount`); the option
 * ranked first gives its scores whole, the next ones a decreasing share.
 */
export interface RankingQuestion extends QuestionBase {
  type: "ranking";
  options: ChoiceOption[];
  rankCount?: number;
}
/** Free text: `themes` says under which themes the answers are read back to staff. */
export interface TextQuestion extends QuestionBase {
  type: "short-text" | "long-text";
  maxLength: number;
  themes: string[];
}
export interface NumberQuestion extends QuestionBase {
  type: "number";
  min?: number;
  max?: number;
  integer: boolean;
  unit?: string;
}
/** Communes and/or EPCI of the case's département, from the official referential. */
export interface TerritoryQuestion extends QuestionBase {
  type: "territory";
  kinds: ("commune" | "epci")[];
  multiple: boolean;
  /** A fresh draft takes the invitation's territory, if the question takes its kind. */
  prefill?: "territory";
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | ScaleQuestion
  | RankingQuestion
  | TextQuestion
  | NumberQuestion
  | TerritoryQuestion;

export interface Section {
  id: string;
  title: string;
  description?: string;
  questions: Question[];
}

export interface QuestionnaireTemplate {
  templateId: string;
  version: number;
  title: string;
  description: string;
  themes: { code: string; label: string }[];
  sections: Section[];
}

/**
 * What a respondent gives, by question id: a single choice is the option value, a multiple
 * choice and a ranking are option values (ranking in order), a scale is 1–5, a territory
 * answer is the list of chosen codes (INSEE for a commune, SIREN for an EPCI).
 */
export type AnswerValue = string | number | string[];
export type Answers = Record<string, AnswerValue>;

/** A problem with one answer, named by its question so the respondent knows where to look. */
export interface AnswerError {
  questionId: string;
  message: string;
}
