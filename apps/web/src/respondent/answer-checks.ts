import { validateAnswers } from "../../../../services/questionnaire/src/domain/template/answer-validation.js";
import type { Answers, QuestionnaireTemplate } from "../../../../services/questionnaire/src/domain/template/template.js";
import type { KeptAnswers } from "./kept-answers.js";
import type { Territories } from "./respondent-types.js";

/**
 * The page checks answers with the very rules the server applies (the questionnaire's domain
 * code), so that an invalid answer is flagged as it is typed and never holds the others back.
 */
export function answerProblems(template: QuestionnaireTemplate, territories: Territories, answers: Answers, mode: "draft" | "submit") {
  const communes = new Set(territories.communes.map((t) => t.code));
  const epcis = new Set(territories.epcis.map((t) => t.code));
  const territoryExists = (code: string, kind: "commune" | "epci") => (kind === "commune" ? communes : epcis).has(code);
  const { errors } = validateAnswers(template, answers, { mode, territoryExists });
  return Object.fromEntries(errors.map((e) => [e.questionId, e.message]));
}

/** What to send now: the unsent answers that pass the checks and the server has not refused, and the answers removed. */
export function savePlan(kept: KeptAnswers, problems: Record<string, string>): { answers: Answers; cleared: string[] } {
  const answers: Answers = {};
  const cleared: string[] = [];
  for (const questionId of kept.unsent) {
    if (kept.refused[questionId] || problems[questionId]) continue;
    const value = kept.answers[questionId];
    if (value === undefined) cleared.push(questionId);
    else answers[questionId] = value;
  }
  return { answers, cleared };
}

/** The server names an answer `answers.<questionId>`. */
export function questionIdOf(path: string): string {
  return path.replace(/^answers\./, "");
}
