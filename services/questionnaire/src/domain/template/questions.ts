import type { Question, QuestionnaireTemplate } from "./template.js";

/** The questions of a template in the order a respondent meets them. */
export function questionsOf(template: QuestionnaireTemplate): Question[] {
  return template.sections.flatMap((s) => s.questions);
}

export function questionById(template: QuestionnaireTemplate, id: string): Question | undefined {
  return questionsOf(template).find((q) => q.id === id);
}
