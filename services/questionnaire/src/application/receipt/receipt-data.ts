import { departmentName, territoryName } from "@tetris/shared";
import { TRPCError } from "@trpc/server";
import type { Submission } from "../../domain/response.js";
import { answerText } from "../../domain/template/answer-scoring.js";
import { answerOf, visibilityOf } from "../../domain/template/visibility.js";
import type { AnswerValue, Question, QuestionnaireTemplate } from "../../domain/template/template.js";
import type { QuestionnaireDeps } from "../deps.js";
import { resolveInvitation } from "../respondent/resolve-invitation.js";
import { templateOfCampaign } from "../templates/find-template.js";

/** What a respondent's receipt shows: who sent which version when, and the answers as they read them. */
export interface ReceiptData {
  campaignTitle: string;
  departmentCode: string;
  departmentName: string;
  organisation: string;
  revision: number;
  /** The revision that counts, when this receipt is of an earlier one. */
  replacedBy: number | null;
  submittedAt: Date;
  /** Quoted to the préfecture to name this very submission. */
  reference: string;
  closesAt: Date;
  /** False once the link is revoked or the campaign closed: the receipt then no longer invites changes. */
  amendable: boolean;
  sections: { title: string; answers: { label: string; text: string | null }[] }[];
}

const notFound = (message: string) => new TRPCError({ code: "NOT_FOUND", message });

/**
 * The receipt of one submission of a respondent's link (without a revision, the last one,
 * which counts). A revoked link or a closed campaign still gets its receipts: they only tell
 * the respondent what they sent. The history is read up to the response's current revision: a
 * record ahead of it belongs to a submission that did not go through (see keepSubmission).
 */
export async function submissionReceipt(deps: QuestionnaireDeps, token: string, revision?: number): Promise<ReceiptData> {
  const { campaign, invitation, refusal } = await resolveInvitation(deps, token);
  const response = await deps.responses.findById(invitation.invitationId).lean();
  const current = response?.current;
  if (!current) throw notFound("Aucune réponse envoyée depuis ce lien : l'accusé de réception est disponible une fois vos réponses envoyées");
  const wanted = revision ?? current.revision;
  const submission: Submission | null =
    wanted === current.revision
      ? current
      : wanted < current.revision
        ? await deps.submissions.findById(`${invitation.invitationId}:${wanted}`).lean()
        : null;
  if (!submission) throw notFound(`Aucune version n° ${wanted} de vos réponses : la dernière envoyée est la version n° ${current.revision}`);
  const template = await templateOfCampaign(deps, campaign);
  return {
    campaignTitle: campaign.title,
    departmentCode: campaign.departmentCode,
    departmentName: departmentName(campaign.departmentCode),
    organisation: invitation.organisation,
    revision: submission.revision,
    replacedBy: submission.revision < current.revision ? current.revision : null,
    submittedAt: new Date(submission.submittedAt),
    reference: `${invitation.invitationId.slice(0, 8)}-v${submission.revision}`,
    closesAt: new Date(campaign.closesAt),
    amendable: refusal === null,
    sections: answeredSections(template, submission, campaign.departmentCode),
  };
}

/** Section by section, the questions the respondent was shown (those a condition hid are left out). */
function answeredSections(template: QuestionnaireTemplate, submission: Submission, departmentCode: string): ReceiptData["sections"] {
  const visible = visibilityOf(template, submission.answers);
  return template.sections
    .map((section) => ({
      title: section.title,
      answers: section.questions
        .filter((question) => visible.get(question.id) === true)
        .map((question) => {
          const value = answerOf(submission.answers, question.id);
          return { label: question.label, text: value === undefined ? null : readableAnswer(question, value, departmentCode) };
        }),
    }))
    .filter((section) => section.answers.length > 0);
}

/** As `answerText`, but territories by name: « Verdun (55545) » rather than a bare code. */
function readableAnswer(question: Question, value: AnswerValue, departmentCode: string): string | null {
  if (question.type === "territory") {
    const codes = (Array.isArray(value) ? value : [value]).map(String);
    const text = codes.map((code) => {
      const name = territoryName(departmentCode, code);
      return name ? `${name} (${code})` : code;
    });
    return text.length > 0 ? text.join(" ; ") : null;
  }
  const text = answerText(question, value);
  return text.trim() === "" ? null : text;
}
