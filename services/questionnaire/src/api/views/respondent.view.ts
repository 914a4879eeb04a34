import { isoDateTimeSchema } from "@tetris/shared";
import { z } from "zod";
import { answersInput } from "../../application/respondent/answers-input.js";
import { campaignViewSchema } from "./campaign.view.js";
import { questionnaireTemplateSchema } from "../../domain/template/template.schema.js";

const answers = answersInput.describe(
  "By question id: an option value (single choice), option values (multiple choice; ranking, in order), 1–5 (scale), a number, a text, or territory codes.",
);
const referentialTerritory = z.object({ code: z.string(), name: z.string() });

/** What a respondent's page needs: the questionnaire, whether it may still be answered, the draft and the last submission. */
export const respondentQuestionnaireSchema = z.object({
  campaign: campaignViewSchema.pick({ title: true, departmentCode: true, contact: true, opensAt: true, closesAt: true }).extend({
    departmentName: z.string().describe("The département's name, e.g. « Meuse »."),
    ofDepartment: z.string().describe("The same after « de » in a French sentence, e.g. « de la Meuse », « de l'Ariège »."),
  }),
  organisation: z.string().describe("The organisation the link was sent to."),
  closedReason: z
    .string()
    .nullable()
    .describe("Why answers are not accepted (link revoked, campaign closed, not open yet), in French for display; null when they are."),
  template: questionnaireTemplateSchema.describe("The version of the questionnaire the campaign uses."),
  territories: z
    .object({ communes: z.array(referentialTerritory), epcis: z.array(referentialTerritory) })
    .describe("The communes (INSEE code) and EPCI (SIREN) of the département, by name, for territory questions."),
  draft: answers.describe(
    "The draft last saved; before any, the answers the invitation gives (questions marked `prefill`: its actor type, its territory), often {}. May be incomplete.",
  ),
  draftSavedAt: isoDateTimeSchema.nullable(),
  lastSubmission: z
    .object({ revision: z.number().int().positive(), submittedAt: isoDateTimeSchema, answers })
    .nullable()
    .describe("The submission that counts, or null if none yet."),
});

export const draftSavedSchema = z.object({ savedAt: isoDateTimeSchema });

export const answersSavedSchema = draftSavedSchema.extend({
  saved: z.array(z.string()).describe("The question ids whose answer is now the one sent."),
  cleared: z.array(z.string()).describe("The question ids left without an answer (named in `cleared`, or sent empty)."),
});

export const submissionReceiptSchema = z.object({
  revision: z.number().int().positive().describe("1 for the first submission, then 2, 3… for each amendment."),
  submittedAt: isoDateTimeSchema,
});
