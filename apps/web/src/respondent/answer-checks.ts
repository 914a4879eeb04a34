import { validateAnswers } from "../../../../services/questionnaire/src/domain/template/answer-validation.js";
import type { Answers, QuestionnaireTemplate } from "../../../../services/questionnaire/src/domain/template/template.js";
import type { KeptAnswers } from "./kept-answers.js";
import type { Territories } from "./respondent-types.js";

/**
 * The page checks answers with the very rules the server applies (the questionnaire's domain
 * code), so that an invalid answer is flagged as it is typed and never holds the others back.
 */
export function answerProblems(template: QuestionnaireTemplate, territories: Territories, answers: Answers, mode: "draft" | "submit") {
  const { errors } = validateAnswers(template, answers, { mode, territoryExists: territoryCheck(territories) });
  return Object.fromEntries(errors.map((e) => [e.questionId, e.message]));
}

type TerritoryCheck = (code: string, kind: "commune" | "epci") => boolean;
// Checks run at every keystroke: the département's hundreds of codes are indexed once per list.
const checks = new WeakMap<Territories, TerritoryCheck>();

function territoryCheck(territories: Territories): TerritoryCheck {
  let check = checks.get(territories);
  if (!check) {
    const codes = { commune: new Set(territories.communes.map((t) => t.code)), epci: new Set(territories.epcis.map((t) => t.code)) };
    check = (code, kind) => codes[kind].has(code);
    checks.set(territories, check);
  }
  return check;
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
