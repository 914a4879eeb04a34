import { questionsOf } from "./questions.js";
import type { Answers, AnswerValue, Condition, Question, QuestionnaireTemplate } from "./template.js";

/**
 * The answer to one question, or undefined. Own properties only: answers come from the
 * outside, and a question id such as "constructor" must not read Object.prototype.
 */
export function answerOf(answers: Answers, questionId: string): AnswerValue | undefined {
  return Object.hasOwn(answers, questionId) ? answers[questionId] : undefined;
}

/** No answer satisfies a condition: an unanswered question keeps its followers hidden. */
export function conditionMet(condition: Condition, answer: AnswerValue | undefined): boolean {
  switch (condition.operator) {
    case "equals":
      return answer === condition.value;
    case "includes":
      return Array.isArray(answer) && answer.includes(String(condition.value));
    case "at-least":
      return typeof answer === "number" && typeof condition.value === "number" && answer >= condition.value;
  }
}

/**
 * Whether each question is shown, decided in one pass in template order. A condition may only
 * look at an earlier question, so one that points later, to an unknown question or to itself
 * hides its question instead of looping.
 */
export function visibilityOf(template: QuestionnaireTemplate, answers: Answers): Map<string, boolean> {
  const visible = new Map<string, boolean>();
  for (const question of questionsOf(template)) {
    if (visible.has(question.id)) continue;
    const condition = question.condition;
    visible.set(
      question.id,
      !condition ||
        (visible.get(condition.questionId) === true && conditionMet(condition, answerOf(answers, condition.questionId))),
    );
  }
  return visible;
}

/** A conditional question shows only when the question it depends on shows and its answer matches. */
export function isVisible(template: QuestionnaireTemplate, questionId: string, answers: Answers): boolean {
  return visibilityOf(template, answers).get(questionId) ?? false;
}

export function visibleQuestions(template: QuestionnaireTemplate, answers: Answers): Question[] {
  const visible = visibilityOf(template, answers);
  return questionsOf(template).filter((question) => visible.get(question.id) === true);
}
