import { conflict, createEvent, insertOnce, newWithEvents, saveAtVersion } from "@tetris/shared";
import type { Campaign, Invitation } from "../../domain/campaign.js";
import type { Response, Submission, SubmissionRecord } from "../../domain/response.js";
import { answerText, scoreAnswers } from "../../domain/template/answer-scoring.js";
import { validateAnswers } from "../../domain/template/answer-validation.js";
import { prefilledAnswers } from "../../domain/template/prefilled-answers.js";
import { questionsOf } from "../../domain/template/questions.js";
import type { Answers, QuestionnaireTemplate } from "../../domain/template/template.js";
import { departmentName, ofDepartment, territoriesOf, territoryLabelIn, territoryExistsIn } from "@tetris/shared";
import type { QuestionnaireDeps } from "../deps.js";
import { templateOfCampaign } from "../templates/find-template.js";
import { rejectAnswers } from "./answers-input.js";
import { resolveInvitation, usableInvitation } from "./resolve-invitation.js";

/** What a respondent sees on opening their link: the questionnaire, their draft, their last submission. */
export async function openQuestionnaire(deps: QuestionnaireDeps, token: string) {
  const { campaign, invitation, refusal } = await resolveInvitation(deps, token);
  const template = await templateOfCampaign(deps, campaign);
  const response = await deps.responses.findById(invitation.invitationId).lean();
  return {
    campaign: {
      title: campaign.title,
      departmentCode: campaign.departmentCode,
      departmentName: departmentName(campaign.departmentCode),
      ofDepartment: ofDepartment(campaign.departmentCode),
      contact: campaign.contact ?? null,
      opensAt: campaign.opensAt.toISOString(),
      closesAt: campaign.closesAt.toISOString(),
    },
    organisation: invitation.organisation,
    /** Why answers are not accepted (revoked, closed, not open yet), or null. */
    closedReason: refusal,
    template,
    territories: territoriesOf(campaign.departmentCode),
    draft: response?.draft ?? prefilledAnswers(template, invitation),
    draftSavedAt: response?.draftSavedAt?.toISOString() ?? null,
    lastSubmission: response?.current
      ? { revision: response.current.revision, submittedAt: response.current.submittedAt.toISOString(), answers: response.current.answers }
      : null,
  };
}

function newResponse(campaign: Campaign, invitation: Invitation): Omit<Response, "draft" | "draftSavedAt"> {
  return {
    _id: invitation.invitationId,
    campaignId: campaign._id,
    caseId: campaign.caseId,
    departmentCode: campaign.departmentCode,
    organisation: invitation.organisation,
    actorType: invitation.actorType,
    territory: invitation.territory,
    templateId: campaign.templateId,
    templateVersion: campaign.templateVersion,
    current: null,
  };
}

async function checked(deps: QuestionnaireDeps, template: QuestionnaireTemplate, campaign: Campaign, answers: Answers, mode: "draft" | "submit") {
  const result = validateAnswers(template, answers, { mode, territoryExists: territoryExistsIn(campaign.departmentCode) });
  if (result.errors.length > 0) rejectAnswers(result.errors);
  return result.answers;
}

/**
 * Written before the response that makes it count. If that write then fails (the process dies,
 * or another window submitted first), this record is one revision ahead of the response and a
 * later submission of the same revision replaces it: the history holds exactly the revisions
 * up to the response's current one.
 */
async function keepSubmission(deps: QuestionnaireDeps, responseId: string, campaignId: string, submission: Submission) {
  const record: SubmissionRecord = { _id: `${responseId}:${submission.revision}`, responseId, campaignId, ...submission };
  await deps.submissions.replaceOne({ _id: record._id }, record, { upsert: true });
}

/** Saves the draft as the respondent goes: answers are checked for their type, nothing is required yet. */
export async function saveDraft(deps: QuestionnaireDeps, token: string, answers: Answers) {
  const { campaign, invitation } = await usableInvitation(deps, token);
  const template = await templateOfCampaign(deps, campaign);
  const draft = await checked(deps, template, campaign, answers, "draft");
  const savedAt = deps.now();
  // The first save creates the response; later ones only replace the draft.
  const updated = await deps.responses.updateOne({ _id: invitation.invitationId }, { $set: { draft, draftSavedAt: savedAt } });
  if (updated.matchedCount === 0) {
    const created = await insertOnce(deps.responses, { ...newResponse(campaign, invitation), draft, draftSavedAt: savedAt, ...newWithEvents([]) });
    if (!created) await deps.responses.updateOne({ _id: invitation.invitationId }, { $set: { draft, draftSavedAt: savedAt } });
  }
  return { savedAt: savedAt.toISOString() };
}

/**
 * Saves the answers a respondent just changed, and only those: a valid answer is kept whatever
 * the others hold, so a page that sends each answer as it is given never loses one because
 * another is wrong. Each answer is written in its own field of the draft, so two windows, or a
 * device catching up after being offline, change only the answers they changed; sending the
 * same change twice gives the same draft. Nothing is stored if one of the answers sent is
 * invalid: the page keeps that one on the device, with the message, and sends the others.
 */
export async function saveAnswers(deps: QuestionnaireDeps, token: string, answers: Answers, cleared: string[]) {
  const { campaign, invitation } = await usableInvitation(deps, token);
  const template = await templateOfCampaign(deps, campaign);
  const known = new Set(questionsOf(template).map((q) => q.id));
  const valid = await checked(deps, template, campaign, answers, "draft");
  const unknownCleared = cleared.filter((questionId) => !known.has(questionId));
  if (unknownCleared.length > 0)
    rejectAnswers(unknownCleared.map((questionId) => ({ questionId, message: `Question inconnue : « ${questionId} »` })));
  // An empty text or list is no answer: it clears the question, as `cleared` does.
  const emptied = Object.keys(answers).filter((questionId) => !Object.hasOwn(valid, questionId));
  const toClear = [...new Set([...cleared, ...emptied])].filter((questionId) => !Object.hasOwn(valid, questionId));
  const savedAt = deps.now();
  const $set: Record<string, unknown> = { draftSavedAt: savedAt };
  for (const [questionId, value] of Object.entries(valid)) $set[`draft.${questionId}`] = value;
  const $unset = Object.fromEntries(toClear.map((questionId) => [`draft.${questionId}`, ""]));
  const update = Object.keys($unset).length > 0 ? { $set, $unset } : { $set };
  const updated = await deps.responses.updateOne({ _id: invitation.invitationId }, update);
  if (updated.matchedCount === 0) {
    const created = await insertOnce(deps.responses, { ...newResponse(campaign, invitation), draft: valid, draftSavedAt: savedAt, ...newWithEvents([]) });
    if (!created) await deps.responses.updateOne({ _id: invitation.invitationId }, update);
  }
  return { savedAt: savedAt.toISOString(), saved: Object.keys(valid), cleared: toClear };
}

/**
 * Submits (or amends) the answers: every required visible question answered, each answer
 * valid. Each submission is kept; the last one counts. ResponseSubmitted is written with it.
 */
export async function submitResponse(deps: QuestionnaireDeps, token: string, answers: Answers, correlationId: string) {
  const { campaign, invitation } = await usableInvitation(deps, token);
  const template = await templateOfCampaign(deps, campaign);
  const valid = await checked(deps, template, campaign, answers, "submit");
  const existing = await deps.responses.findById(invitation.invitationId).lean();
  const now = deps.now();
  const submission: Submission = { revision: (existing?.current?.revision ?? 0) + 1, submittedAt: now, answers: valid };
  const contributions = scoreAnswers(template, valid, { responseId: invitation.invitationId, organisation: invitation.organisation });
  const questions = new Map(questionsOf(template).map((q) => [q.id, q]));
  // The other services quote the answers as the respondent gave them: territories by name, with their code.
  const territoryLabel = territoryLabelIn(campaign.departmentCode);
  const event = createEvent(
    "ResponseSubmitted",
    { caseId: campaign.caseId, departmentCode: campaign.departmentCode, correlationId, causationId: null },
    {
      campaignId: campaign._id,
      responseId: invitation.invitationId,
      invitationId: invitation.invitationId,
      organisation: invitation.organisation,
      actorType: invitation.actorType,
      territory: invitation.territory,
      revision: submission.revision,
      submittedAt: now.toISOString(),
      answers: Object.entries(valid).map(([questionId, value]) => {
        const question = questions.get(questionId)!;
        const scored = contributions.filter((c) => c.questionId === questionId).map((c) => c.themeCode);
        const themes = "themes" in question ? question.themes : scored;
        return { questionId, questionLabel: question.label, value: answerText(question, value, territoryLabel), themes: [...new Set(themes)] };
      }),
    },
    now,
  );
  await keepSubmission(deps, invitation.invitationId, campaign._id, submission);
  if (!existing) {
    const created = await insertOnce(deps.responses, {
      ...newResponse(campaign, invitation),
      draft: valid,
      draftSavedAt: now,
      current: submission,
      ...newWithEvents([event]),
    });
    if (!created) conflict("Votre réponse vient d'être enregistrée depuis une autre fenêtre : rechargez la page");
    deps.eventsQueued();
  } else {
    await saveAtVersion(
      deps.responses,
      existing,
      { $set: { current: submission, draft: valid, draftSavedAt: now } },
      { events: [event], eventsQueued: deps.eventsQueued, changedMeanwhile: "Votre réponse vient d'être modifiée depuis une autre fenêtre : rechargez la page" },
    );
  }
  return { revision: submission.revision, submittedAt: now.toISOString() };
}
