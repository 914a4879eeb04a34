import { answerText } from "../../../../services/questionnaire/src/domain/template/answer-scoring.js";
import type { AnswerValue, Question as DomainQuestion } from "../../../../services/questionnaire/src/domain/template/template.js";
import type { Question } from "./respondent-types.js";

/** « 14 h 02 », as French typography writes the time. */
export function frenchTime(iso: string): string {
  const date = new Date(iso);
  return `${date.getHours()} h ${String(date.getMinutes()).padStart(2, "0")}`;
}

/** « 3 décembre 2026 ». */
export function frenchDay(iso: string): string {
  return new Date(iso).toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric" });
}

/** An answer as the respondent reads it back: option labels, and territories by name with their code. */
export function answerDisplay(question: Question, value: AnswerValue, territoryLabel: (code: string) => string): string {
  return answerText(question as DomainQuestion, value, territoryLabel);
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count > 1 ? many : one}`;
}

/** Under its own question a message need not name it: « Question » : problème → Problème. */
export function withoutQuestion(message: string): string {
  const problem = /^« .+? » : (.+)$/s.exec(message)?.[1];
  return problem ? problem.charAt(0).toUpperCase() + problem.slice(1) : message;
}
