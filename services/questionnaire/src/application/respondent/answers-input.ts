import { answerValueSchema, invalidFields } from "@tetris/shared";
import { z } from "zod";
import type { AnswerError } from "../../domain/template/template.js";

export const answersInput = z.record(z.string().min(1).max(100), answerValueSchema);

/** The respondent sees every answer at fault at once, each named by its question. */
export function rejectAnswers(errors: AnswerError[]): never {
  invalidFields(errors.map((e) => ({ path: `answers.${e.questionId}`, message: e.message })));
}
