import type { ThemeContribution } from "../theme-ranking.js";
import type { Answers, AnswerValue, ChoiceOption, Question, QuestionnaireTemplate, ThemeScore } from "./template.js";
import { questionsOf } from "./questions.js";
import { answerOf, visibilityOf } from "./visibility.js";

export interface Respondent {
  responseId: string;
  organisation: string;
}

/**
 * What one response gives each theme: one contribution per question and theme, so that the
 * ranking can say which answers weighed most. Hidden questions give nothing, even if a draft
 * still holds their answer; values the question does not know are ignored.
 */
export function scoreAnswers(template: QuestionnaireTemplate, answers: Answers, respondent: Respondent): ThemeContribution[] {
  const visible = visibilityOf(template, answers);
  return questionsOf(template).flatMap((question) => {
    const value = answerOf(answers, question.id);
    if (value === undefined || visible.get(question.id) !== true) return [];
    return [...pointsOf(question, value)]
      .filter(([, points]) => points > 0)
      .map(([themeCode, points]) => ({
        themeCode,
        points,
        responseId: respondent.responseId,
        organisation: respondent.organisation,
        questionId: question.id,
        questionLabel: question.label,
        value,
      }));
  });
}

/** Points by theme for one answer, in the order the themes first appear in the question. */
function pointsOf(question: Question, value: AnswerValue): Map<string, number> {
  const points = new Map<string, number>();
  // Numerator and denominator apart: 6 × 2 / 3 is exactly 4, 6 × (2 / 3) is not.
  const add = (scores: ThemeScore[], numerator: number, denominator: number) => {
    for (const score of scores)
      points.set(score.themeCode, (points.get(score.themeCode) ?? 0) + (score.points * numerator) / denominator);
  };
  switch (question.type) {
    case "single-choice":
      if (typeof value === "string") add(optionOf(question.options, value)?.scores ?? [], 1, 1);
      break;
    case "multiple-choice":
      // A value given twice still counts once.
      for (const chosen of new Set(asList(value))) add(optionOf(question.options, chosen)?.scores ?? [], 1, 1);
      break;
    case "scale":
      if (Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 5) add(question.scores, Number(value) - 1, 4);
      break;
    case "ranking": {
      const ranked = asList(value);
      ranked.forEach((chosen, i) => add(optionOf(question.options, chosen)?.scores ?? [], ranked.length - i, ranked.length));
      break;
    }
    default:
      // Texts, numbers and territories describe; they are read back to staff, not counted.
      break;
  }
  return points;
}

/**
 * An answer as a person reads it, for exports and as evidence behind a theme's rank.
 * `territoryLabel` names a territory code (« Verdun (55545) », see `territoryLabeller` in
 * @tetris/shared); without it, territory answers are their codes.
 */
export function answerText(question: Question, value: AnswerValue, territoryLabel?: (code: string) => string): string {
  switch (question.type) {
    case "single-choice":
    case "multiple-choice":
      return asList(value)
        .map((chosen) => labelOf(question.options, chosen))
        .join(" ; ");
    case "ranking":
      return asList(value)
        .map((chosen, i) => `${i + 1}. ${labelOf(question.options, chosen)}`)
        .join(" ; ");
    case "scale":
      return `${String(value)} sur 5`;
    case "number": {
      const number =
        typeof value === "number" ? new Intl.NumberFormat("fr-FR", { useGrouping: false }).format(value) : String(value);
      return question.unit ? `${number} ${question.unit}` : number;
    }
    case "territory":
      return asList(value)
        .map((code) => territoryLabel?.(code) ?? code)
        .join(" ; ");
    case "short-text":
    case "long-text":
      return asList(value).join(" ; ");
  }
}

function asList(value: AnswerValue): string[] {
  return Array.isArray(value) ? value : [String(value)];
}

function optionOf(options: ChoiceOption[], value: string): ChoiceOption | undefined {
  return options.find((option) => option.value === value);
}

/** A value no option has any more is shown as given rather than dropped. */
function labelOf(options: ChoiceOption[], value: string): string {
  return optionOf(options, value)?.label ?? value;
}
