import { useEffect, useMemo, useRef, useState } from "react";
import { validateAnswers } from "../../../../services/questionnaire/src/domain/template/answer-validation.js";
import type { Answers } from "../../../../services/questionnaire/src/domain/template/template.js";
import { visibilityOf } from "../../../../services/questionnaire/src/domain/template/visibility.js";
import { describeError, questionnaire } from "../api.js";
import { usePageTitle } from "../page-title.js";
import { failureKind } from "../retry-policy.js";
import { QuestionField } from "../components/question-field.js";
import { answerProblems, questionIdOf } from "./answer-checks.js";
import { AnswersErrorSummary, type SummaryItem } from "./answers-error-summary.js";
import { keptKey, readKept, submitted as afterSubmission, type KeptAnswers } from "./kept-answers.js";
import { RespondentIntro } from "./respondent-intro.js";
import { RespondentReview } from "./respondent-review.js";
import type { Opened } from "./respondent-types.js";
import { SaveStatusLine } from "./save-status.js";
import { StepProgress } from "./step-progress.js";
import { SubmissionConfirmation } from "./submission-confirmation.js";
import { UnsentChangesNotice } from "./unsent-changes-notice.js";
import { useKeptAnswers } from "./use-kept-answers.js";
import { frenchDay, frenchTime, withoutQuestion } from "./respondent-format.js";

interface Props {
  token: string;
  opened: Opened;
  initial: KeptAnswers;
  /** Opened from the copy kept on this device because the service did not answer. */
  offline: boolean;
}

type LastSubmission = { revision: number; submittedAt: string; answers: Answers };

// Keys in a fixed order, so that two equal sets of answers compare equal whatever order they were given in.
const canonical = (answers: Answers) => JSON.stringify(Object.keys(answers).sort().map((k) => [k, answers[k]]));

/**
 * The questionnaire behind a link: an introduction, one part at a time, a review, the
 * submission and its receipt. Every answer is kept on the device as it is given and sent when
 * it passes the checks; nothing a respondent typed is thrown away.
 */
export function RespondentQuestionnaire({ token, opened, initial, offline }: Props) {
  const { template, territories, campaign } = opened;
  const sections = template.sections;
  const { kept, status, savedHere, change, setStep: keepStep, flush, update } = useKeptAnswers(token, opened, initial);
  const readOnly = opened.closedReason !== null;
  // Answers prefilled from the invitation are not the respondent's: only a saved draft or a part visited here means they came back.
  const cameBack = useRef(initial.step >= 0 || opened.draftSavedAt !== null);
  const [step, setStepState] = useState(() => (readOnly ? sections.length : initial.step >= 0 ? Math.min(initial.step, sections.length) : -1));
  const [welcomeBack, setWelcomeBack] = useState(initial.step >= 0 && !readOnly);
  const [lastSubmission, setLastSubmission] = useState<LastSubmission | null>(opened.lastSubmission as LastSubmission | null);
  const [justSent, setJustSent] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [serverIssues, setServerIssues] = useState<Record<string, string>>({});
  const [summaryShown, setSummaryShown] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const confirmation = useRef<HTMLDivElement>(null);
  const focusNext = useRef<string | null>(null);

  const answers = kept.answers;
  const visibility = useMemo(() => visibilityOf(template, answers), [template, answers]);
  const draftProblems = useMemo(() => answerProblems(template, territories, answers, "draft"), [template, territories, answers]);
  const submitProblems = useMemo(() => answerProblems(template, territories, answers, "submit"), [template, territories, answers]);
  // Before a first attempt to send, a missing answer is not an error yet; after it, it is.
  const problems: Record<string, string> = { ...(attempted ? submitProblems : draftProblems), ...kept.refused, ...serverIssues };
  const submittable = useMemo(() => validateAnswers(template, answers, { mode: "submit", territoryExists: () => true }).answers, [template, answers]);
  const changedSinceSent = lastSubmission !== null && canonical(submittable) !== canonical(lastSubmission.answers);
  const toCorrect = Object.keys({ ...draftProblems, ...kept.refused }).length;
  const sectionOf = (questionId: string) => sections.findIndex((s) => s.questions.some((q) => q.id === questionId));
  const stepsWithProblems = new Set(Object.keys(problems).map(sectionOf).filter((i) => i >= 0));

  usePageTitle(`${step === -1 ? "Présentation" : step === sections.length ? "Relecture et envoi" : sections[step]!.title} — ${campaign.title}`);

  useEffect(() => {
    if (step < 0) return;
    const target = focusNext.current && document.getElementById(`q-${focusNext.current}`);
    focusNext.current = null;
    if (target) {
      const control = target.matches("input, select, textarea") ? target : target.querySelector<HTMLElement>("input, select, textarea");
      (control ?? target).focus();
    } else heading.current?.focus();
  }, [step]);

  useEffect(() => {
    if (justSent) confirmation.current?.focus();
  }, [justSent]);

  function goTo(next: number) {
    setStepState(next);
    setJustSent(false);
    if (next !== step) setWelcomeBack(false);
    if (!readOnly) keepStep(next);
  }

  function goToQuestion(questionId: string) {
    const index = sectionOf(questionId);
    if (index < 0) return;
    focusNext.current = questionId;
    if (index === step) {
      document.getElementById(`q-${questionId}`)?.scrollIntoView();
      const target = document.getElementById(`q-${questionId}`);
      (target?.matches("input, select, textarea") ? target : target?.querySelector<HTMLElement>("input, select, textarea"))?.focus();
    } else goTo(index);
  }

  const summaryItems: SummaryItem[] = sections.flatMap((s) =>
    s.questions.filter((q) => problems[q.id] && (visibility.get(q.id) || serverIssues[q.id])).map((q) => ({ questionId: q.id, label: q.label, message: problems[q.id]! })),
  );

  async function submit() {
    setAttempted(true);
    setFailure(null);
    setServerIssues({});
    if (Object.keys({ ...submitProblems, ...kept.refused }).length > 0) {
      setSummaryShown(true);
      setTimeout(() => summary.current?.focus());
      return;
    }
    setSending(true);
    try {
      await flush();
      const sent = readKept(localStorage, keptKey(token))?.answers ?? answers;
      const receipt = await questionnaire.respondent.submit.mutate({ token, answers: sent });
      update((k) => afterSubmission(k, sent, receipt.submittedAt));
      setLastSubmission({ revision: receipt.revision, submittedAt: receipt.submittedAt, answers: validateAnswers(template, sent, { mode: "submit", territoryExists: () => true }).answers });
      setSummaryShown(false);
      setAttempted(false);
      setJustSent(true);
    } catch (err) {
      const described = describeError(err);
      if (described.status === 400 && described.issues.length) {
        setServerIssues(Object.fromEntries(described.issues.map((i) => [questionIdOf(i.path), i.message])));
        setSummaryShown(true);
        setTimeout(() => summary.current?.focus());
      } else if (failureKind(described.status) === "transient") {
        setFailure("Le service ne répond pas : vos réponses n'ont pas été envoyées, mais elles restent enregistrées sur cet appareil. Réessayez dans un instant.");
      } else setFailure(described.message);
    } finally {
      setSending(false);
    }
  }

  const review = step === sections.length;
  const section = step >= 0 && !review ? sections[step] : undefined;
  const titles = [...sections.map((s) => s.title), "Relecture et envoi"];

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-lg-9">
        <p className="fr-text--sm fr-mb-1w">{opened.organisation}</p>
        <h1 className="fr-h2">{campaign.title}</h1>
        {offline && !savedHere && (
          <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
            <p>
              Hors ligne : le questionnaire s'affiche tel qu'il a été gardé sur cet appareil. Vos réponses y sont enregistrées et seront
              envoyées dès que le service répondra.
            </p>
          </div>
        )}
        {readOnly && (
          <div className="fr-alert fr-alert--warning fr-mb-3w">
            <p>{opened.closedReason}</p>
          </div>
        )}
        {justSent && lastSubmission && !changedSinceSent && (
          <SubmissionConfirmation
            ref={confirmation}
            token={token}
            revision={lastSubmission.revision}
            submittedAt={lastSubmission.submittedAt}
            closesAt={campaign.closesAt}
            ofDepartment={campaign.ofDepartment}
          />
        )}
        {lastSubmission && !justSent && !changedSinceSent && (
          <p className="fr-text--sm">
            Réponses envoyées le {frenchDay(lastSubmission.submittedAt)} à {frenchTime(lastSubmission.submittedAt)} (version n° {lastSubmission.revision}).{" "}
            <a className="fr-link fr-text--sm" href={`/api/questionnaire/respondent/receipt.pdf?token=${encodeURIComponent(token)}&revision=${lastSubmission.revision}`} download>
              Accusé de réception (PDF)
            </a>
          </p>
        )}
        {lastSubmission && changedSinceSent && !readOnly && !review && (
          <UnsentChangesNotice submittedAt={lastSubmission.submittedAt} onReview={() => goTo(sections.length)} />
        )}
        {welcomeBack && step >= 0 && (
          <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w">
            <p>Bon retour ! Vos réponses enregistrées sont là : vous reprenez où vous vous étiez arrêté.</p>
          </div>
        )}

        {step === -1 ? (
          <RespondentIntro opened={opened} resuming={cameBack.current} onStart={() => goTo(Math.max(0, Math.min(initial.step, sections.length)))} />
        ) : (
          <>
            <StepProgress ref={heading} current={step} titles={titles} withProblems={attempted ? stepsWithProblems : new Set()} />
            {summaryShown && summaryItems.length > 0 && (
              <AnswersErrorSummary ref={summary} title="Vos réponses n'ont pas été envoyées" items={summaryItems} onGoTo={goToQuestion} />
            )}
            {failure && (
              <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
                <h2 className="fr-alert__title">Vos réponses n'ont pas été envoyées</h2>
                <p>{failure}</p>
                <button type="button" className="fr-btn fr-btn--sm fr-mt-1w fr-icon-refresh-line fr-btn--icon-left" onClick={submit}>
                  Réessayer
                </button>
              </div>
            )}
            {section && (
              <form onSubmit={(e) => e.preventDefault()} noValidate>
                {section.description && <p>{section.description}</p>}
                {section.questions
                  .filter((q) => visibility.get(q.id))
                  .map((q) => (
                    <QuestionField
                      key={q.id}
                      question={q}
                      value={answers[q.id]}
                      error={problems[q.id] && withoutQuestion(problems[q.id]!)}
                      territories={territories}
                      readOnly={readOnly}
                      onChange={(value) => change(q.id, value)}
                    />
                  ))}
              </form>
            )}
            {review && (
              <>
                {lastSubmission && changedSinceSent && !readOnly && (
                  <p className="fr-text--bold">Vos modifications ne sont pas encore envoyées : relisez-les puis envoyez la nouvelle version.</p>
                )}
                <RespondentReview
                  sections={sections}
                  answers={answers}
                  visibility={visibility}
                  problems={{ ...submitProblems, ...kept.refused, ...serverIssues }}
                  territories={territories}
                  readOnly={readOnly}
                  onEdit={goTo}
                />
              </>
            )}
            <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
              {step > 0 && (
                <li>
                  <button type="button" className="fr-btn fr-btn--secondary" onClick={() => goTo(step - 1)}>Précédent</button>
                </li>
              )}
              {!review && (
                <li>
                  <button type="button" className="fr-btn" onClick={() => goTo(step + 1)}>
                    {step === sections.length - 1 ? "Relire mes réponses" : "Suivant"}
                  </button>
                </li>
              )}
              {review && !readOnly && (!justSent || changedSinceSent) && (
                <li>
                  <button type="button" className="fr-btn" onClick={submit} disabled={sending} aria-busy={sending}>
                    {sending ? "Envoi…" : lastSubmission ? "Envoyer la nouvelle version" : "Envoyer mes réponses"}
                  </button>
                </li>
              )}
            </ul>
            {!readOnly && <SaveStatusLine status={status} toCorrect={toCorrect} onRetry={() => void flush()} />}
            <p className="fr-mt-2w">
              <button type="button" className="fr-link fr-text--sm" onClick={() => goTo(-1)}>Revoir la présentation du questionnaire</button>
            </p>
          </>
        )}
      </div>
    </div>
  );
}
