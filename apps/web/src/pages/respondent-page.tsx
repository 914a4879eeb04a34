import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { answerText } from "../../../../services/questionnaire/src/domain/template/answer-scoring.js";
import type { Answers, AnswerValue } from "../../../../services/questionnaire/src/domain/template/template.js";
import { visibilityOf } from "../../../../services/questionnaire/src/domain/template/visibility.js";
import { describeError, questionnaire } from "../api.js";
import { QuestionField } from "../components/question-field.js";

type Opened = Awaited<ReturnType<typeof questionnaire.respondent.open.query>>;
type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "error"; message: string };

const AUTOSAVE_MS = 800;
const time = (iso: string) => new Date(iso).toLocaleTimeString("fr-FR", { hour: "2-digit", minute: "2-digit" });
const day = (iso: string) => new Date(iso).toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric" });

/**
 * A respondent answers from their invitation link, without an account: one section at a
 * time, conditional questions appearing as answers change, the draft saved as they go, a
 * review, then the submission, which they may amend until the campaign closes.
 */
export function RespondentPage({ token }: { token: string }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [step, setStep] = useState(0);
  const [save, setSave] = useState<SaveState>({ kind: "idle" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitted, setSubmitted] = useState<{ revision: number; submittedAt: string } | null>(null);
  const [sending, setSending] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    questionnaire.respondent.open
      .query({ token })
      .then((data) => {
        setOpened(data);
        setAnswers(data.draft as Answers);
        if (data.lastSubmission) setSubmitted({ revision: data.lastSubmission.revision, submittedAt: data.lastSubmission.submittedAt });
      })
      .catch((err) => setLoadError(describeError(err).message));
  }, [token]);

  const saveDraft = useCallback(
    (next: Answers) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(async () => {
        setSave({ kind: "saving" });
        try {
          const result = await questionnaire.respondent.saveDraft.mutate({ token, answers: next });
          setSave({ kind: "saved", at: result.savedAt });
          setErrors({});
        } catch (err) {
          const { message, issues } = describeError(err);
          setErrors(Object.fromEntries(issues.map((i) => [i.path.replace(/^answers\./, ""), i.message])));
          setSave({ kind: "error", message: issues.length ? "Certaines réponses sont à corriger (voir ci-dessous)." : message });
        }
      }, AUTOSAVE_MS);
    },
    [token],
  );

  const visibility = useMemo(() => (opened ? visibilityOf(opened.template, answers) : new Map<string, boolean>()), [opened, answers]);

  useEffect(() => heading.current?.focus(), [step]);

  if (loadError) {
    return (
      <div className="fr-alert fr-alert--error" role="alert">
        <h1 className="fr-alert__title">Ce lien ne permet pas d'ouvrir le questionnaire</h1>
        <p>{loadError}</p>
      </div>
    );
  }
  if (!opened) return <p aria-busy="true">Chargement du questionnaire…</p>;

  const sections = opened.template.sections;
  const review = step === sections.length;
  const readOnly = opened.closedReason !== null;
  const section = sections[step];

  function change(questionId: string, value: AnswerValue | undefined) {
    const next = { ...answers };
    if (value === undefined) delete next[questionId];
    else next[questionId] = value;
    setAnswers(next);
    saveDraft(next);
  }

  async function submit() {
    setSending(true);
    try {
      const result = await questionnaire.respondent.submit.mutate({ token, answers });
      setSubmitted(result);
      setErrors({});
    } catch (err) {
      const { message, issues } = describeError(err);
      const byQuestion = Object.fromEntries(issues.map((i) => [i.path.replace(/^answers\./, ""), i.message]));
      setErrors(byQuestion);
      const firstSection = sections.findIndex((s) => s.questions.some((q) => byQuestion[q.id]));
      if (firstSection >= 0) setStep(firstSection);
      setSave({ kind: "error", message: issues.length ? "Certaines réponses sont à corriger avant l'envoi." : message });
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-lg-9">
        <p className="fr-text--sm fr-mb-1w">{opened.organisation}</p>
        <h1 className="fr-h2">{opened.campaign.title}</h1>
        {readOnly ? (
          <div className="fr-alert fr-alert--warning fr-mb-3w" role="status"><p>{opened.closedReason}</p></div>
        ) : (
          <p className="fr-text--sm">Vous pouvez répondre en plusieurs fois et modifier vos réponses jusqu'au {day(opened.campaign.closesAt)}.</p>
        )}
        {submitted && (
          <div className="fr-alert fr-alert--success fr-mb-3w" role="status">
            <p>Réponses envoyées le {day(submitted.submittedAt)} à {time(submitted.submittedAt)} (version {submitted.revision}). {readOnly ? "" : "Vous pouvez encore les modifier."}</p>
          </div>
        )}
        <div className="fr-stepper">
          <h2 className="fr-stepper__title" ref={heading} tabIndex={-1}>
            {review ? "Relecture avant envoi" : section!.title}
            <span className="fr-stepper__state">Étape {step + 1} sur {sections.length + 1}</span>
          </h2>
          <div className="fr-stepper__steps" data-fr-current-step={step + 1} data-fr-steps={sections.length + 1} />
        </div>
        <p aria-live="polite" className="fr-text--sm fr-mb-3w" data-testid="etat-enregistrement">
          {save.kind === "saving" && "Enregistrement…"}
          {save.kind === "saved" && `Brouillon enregistré à ${time(save.at)}`}
          {save.kind === "error" && <span className="fr-error-text">{save.message}</span>}
        </p>

        {!review && section && (
          <form onSubmit={(e) => e.preventDefault()} noValidate>
            {section.description && <p>{section.description}</p>}
            {section.questions
              .filter((q) => visibility.get(q.id))
              .map((q) => (
                <QuestionField
                  key={q.id}
                  question={q}
                  value={answers[q.id]}
                  error={errors[q.id]}
                  territories={opened.territories}
                  readOnly={readOnly}
                  onChange={(value) => change(q.id, value)}
                />
              ))}
          </form>
        )}

        {review && (
          <div>
            {sections.map((s, index) => (
              <section key={s.id} className="fr-mb-3w">
                <h3 className="fr-h5">{s.title}</h3>
                <dl>
                  {s.questions.filter((q) => visibility.get(q.id)).map((q) => (
                    <div key={q.id} className="fr-mb-1w">
                      <dt className="fr-text--bold">{q.label}</dt>
                      <dd>{answers[q.id] === undefined ? <em>Sans réponse</em> : answerText(q, answers[q.id]!)}</dd>
                    </div>
                  ))}
                </dl>
                {!readOnly && <button className="fr-btn fr-btn--tertiary fr-btn--sm" onClick={() => setStep(index)}>Modifier cette partie</button>}
              </section>
            ))}
          </div>
        )}

        <ul className="fr-btns-group fr-btns-group--inline-md fr-mt-3w">
          {step > 0 && <li><button className="fr-btn fr-btn--secondary" onClick={() => setStep(step - 1)}>Précédent</button></li>}
          {!review && <li><button className="fr-btn" onClick={() => setStep(step + 1)}>{step === sections.length - 1 ? "Relire mes réponses" : "Suivant"}</button></li>}
          {review && !readOnly && (
            <li>
              <button className="fr-btn" onClick={submit} disabled={sending} aria-busy={sending}>
                {sending ? "Envoi…" : submitted ? "Envoyer la nouvelle version" : "Envoyer mes réponses"}
              </button>
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
