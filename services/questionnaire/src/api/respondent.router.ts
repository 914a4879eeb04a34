import { publicProcedure, router } from "@tetris/shared";
import { z } from "zod";
import type { QuestionnaireDeps } from "../application/deps.js";
import { answersInput } from "../application/respondent/answers-input.js";
import { openQuestionnaire, saveAnswers, saveDraft, submitResponse } from "../application/respondent/respondent-questionnaire.js";
import { answersSavedSchema, draftSavedSchema, respondentQuestionnaireSchema, submissionReceiptSchema } from "./views/respondent.view.js";

// A respondent has no account: the invitation link's token is their whole authority, and it
// reaches only their own invitation.
const tokenInput = z.object({
  token: z.string().trim().min(1).max(200).describe("The invitation link's token: the last part of `/repondre/<token>`."),
});

const unknownLink = "404 if the link is unknown or forged (the same answer for both)";
const refused = "403 if the link is revoked, the campaign is closed (by staff or past `closesAt`) or not open yet: the message says which";
const answersAtFault = "400 naming each answer at fault (path `answers.<questionId>`), unknown question ids included";

export function respondentRouter(deps: QuestionnaireDeps) {
  return router({
    open: publicProcedure
      .meta({
        summary:
          "The questionnaire behind a link, with the respondent's draft and last submission. It answers even when answers are no " +
          "longer accepted: `closedReason` then says why, and the page should be read-only.",
        errors: [unknownLink],
      })
      .input(tokenInput)
      .output(respondentQuestionnaireSchema)
      .query(async ({ input }) => openQuestionnaire(deps, input.token)),

    saveDraft: publicProcedure
      .meta({
        summary:
          "Replaces the respondent's draft with the answers given (send them all, not only the changed ones). Each answer is checked " +
          "against its question, but none is required yet; empty texts and lists are dropped. Submitting is `respondent.submit`.",
        errors: [unknownLink, refused, answersAtFault],
      })
      .input(tokenInput.extend({ answers: answersInput }))
      .output(draftSavedSchema)
      .mutation(async ({ input }) => saveDraft(deps, input.token, input.answers)),

    saveAnswers: publicProcedure
      .meta({
        summary:
          "Saves only the answers given and clears those named in `cleared`, leaving every other answer of the draft as it is: " +
          "the page sends each answer as the respondent gives it. Sending the same change again gives the same draft. Each " +
          "answer is checked against its question (none is required yet); an empty text or list clears the answer. If one answer " +
          "is invalid nothing is saved: send the others again without it.",
        errors: [unknownLink, refused, answersAtFault, "400 naming each unknown question id in `cleared` (path `answers.<questionId>`)"],
      })
      .input(
        tokenInput.extend({
          answers: answersInput.default({}),
          cleared: z.array(z.string().min(1).max(100)).max(500).default([]).describe("Question ids whose answer is removed."),
        }),
      )
      .output(answersSavedSchema)
      .mutation(async ({ input }) => saveAnswers(deps, input.token, input.answers, input.cleared)),

    submit: publicProcedure
      .meta({
        summary:
          "Submits the answers, or amends them: send them all, until the campaign closes; every submission is kept, the last one " +
          "counts, and each emits `ResponseSubmitted`. Every required question that is shown must be answered; answers to questions " +
          "hidden by a condition are dropped. The draft becomes the submitted answers.",
        errors: [
          unknownLink,
          refused,
          answersAtFault,
          "400 for each required question shown that is not answered (path `answers.<questionId>`)",
          "409 if the response was submitted meanwhile from another window (reload the page)",
        ],
      })
      .input(tokenInput.extend({ answers: answersInput }))
      .output(submissionReceiptSchema)
      .mutation(async ({ ctx, input }) => submitResponse(deps, input.token, input.answers, ctx.correlationId)),
  });
}
