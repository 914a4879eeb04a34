import { publicProcedure, router } from "@tetris/shared";
import { z } from "zod";
import type { QuestionnaireDeps } from "../application/deps.js";
import { answersInput } from "../application/respondent/answers-input.js";
import { openQuestionnaire, saveDraft, submitResponse } from "../application/respondent/respondent-questionnaire.js";

// A respondent has no account: the invitation link's token is their whole authority, and it
// reaches only their own invitation.
const tokenInput = z.object({ token: z.string().trim().min(1).max(200) });

export function respondentRouter(deps: QuestionnaireDeps) {
  return router({
    /** The questionnaire behind a link, with the respondent's draft and last submission. */
    open: publicProcedure.input(tokenInput).query(async ({ input }) => openQuestionnaire(deps, input.token)),

    /** Saves the draft (answers checked for their type; nothing required yet). */
    saveDraft: publicProcedure
      .input(tokenInput.extend({ answers: answersInput }))
      .mutation(async ({ input }) => saveDraft(deps, input.token, input.answers)),

    /** Submits or amends the answers until the campaign closes; the last submission counts. */
    submit: publicProcedure
      .input(tokenInput.extend({ answers: answersInput }))
      .mutation(async ({ ctx, input }) => submitResponse(deps, input.token, input.answers, ctx.correlationId)),
  });
}
