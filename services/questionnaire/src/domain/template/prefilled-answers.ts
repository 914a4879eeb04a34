import type { Invitation } from "../campaign.js";
import { questionsOf } from "./questions.js";
import type { Answers, QuestionnaireTemplate } from "./template.js";

/**
 * The draft a respondent starts from: what the invitation already says (the actor's type, its
 * territory) put into the questions that ask for it (`prefill`). The respondent can still
 * change it; an actor type with no option of that value, or a territory of a kind the question
 * does not take, is left for them to answer.
 */
export function prefilledAnswers(template: QuestionnaireTemplate, invitation: Pick<Invitation, "actorType" | "territory">): Answers {
  const answers: Answers = {};
  for (const question of questionsOf(template)) {
    if (question.type === "single-choice" || question.type === "multiple-choice") {
      if (question.prefill !== "actorType" || !question.options.some((o) => o.value === invitation.actorType)) continue;
      answers[question.id] = question.type === "single-choice" ? invitation.actorType : [invitation.actorType];
    } else if (question.type === "territory") {
      const territory = invitation.territory;
      if (question.prefill !== "territory" || !territory || !question.kinds.includes(territory.kind)) continue;
      answers[question.id] = [territory.code];
    }
  }
  return answers;
}
