import { useCallback, useEffect, useRef, useState } from "react";
import type { AnswerValue } from "../../../../services/questionnaire/src/domain/template/template.js";
import { describeError, questionnaire } from "../api.js";
import { backoffDelay, failureKind } from "../retry-policy.js";
import { answerProblems, questionIdOf, savePlan } from "./answer-checks.js";
import { acknowledge, changeAnswer, KeptStorageError, keptKey, refuse, updateKept, type KeptAnswers } from "./kept-answers.js";
import type { Opened } from "./respondent-types.js";

export type SaveStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  /** The server could not be reached: the unsent answers are on the device and will follow. */
  | { kind: "offline" }
  /** The link no longer accepts answers (revoked, closed): nothing more will be sent. */
  | { kind: "refused"; message: string }
  /** The browser would not keep the answers: only this open page holds the last ones. */
  | { kind: "unkept"; message: string };

const SAVE_AFTER_MS = 700;

/**
 * The respondent's answers and their way to the server: each change is kept on the device at
 * once, then the changed answers that pass the checks are sent shortly after, one call at a
 * time. A call that cannot reach the server is retried with a growing delay and whenever the
 * browser says it is online again; an answer the server refuses stays on the device with the
 * server's message while the others are sent.
 */
export function useKeptAnswers(token: string, opened: Opened, initial: KeptAnswers) {
  const key = keptKey(token);
  const [kept, setKept] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>(initial.savedAt && !initial.unsent.length ? { kind: "saved", at: initial.savedAt } : { kind: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const failures = useRef(0);
  /** A save went through since the page opened: a copy opened offline is no longer behind. */
  const [savedHere, setSavedHere] = useState(false);
  const stopped = useRef(false);

  const update = useCallback(
    (change: (k: KeptAnswers) => KeptAnswers): KeptAnswers | null => {
      try {
        const next = updateKept(localStorage, key, change);
        setKept(next);
        return next;
      } catch (err) {
        if (!(err instanceof KeptStorageError)) throw err;
        setKept((k) => change(k));
        setStatus({ kind: "unkept", message: err.message });
        return null;
      }
    },
    [key],
  );

  /** Sends what is to send; true when nothing sendable is left. Calls queue up: one request at a time. */
  const sendPending = useCallback(async (): Promise<boolean> => {
    for (;;) {
      if (stopped.current) return false;
      const current = update((k) => k) ?? kept;
      const problems = answerProblems(opened.template, opened.territories, current.answers, "draft");
      const plan = savePlan(current, problems);
      if (Object.keys(plan.answers).length === 0 && plan.cleared.length === 0) return true;
      setStatus({ kind: "saving" });
      try {
        const saved = await questionnaire.respondent.saveAnswers.mutate({ token, answers: plan.answers, cleared: plan.cleared });
        failures.current = 0;
        update((k) => acknowledge(k, plan.answers, plan.cleared, saved.savedAt));
        setStatus({ kind: "saved", at: saved.savedAt });
        setSavedHere(true);
      } catch (err) {
        const described = describeError(err);
        if (failureKind(described.status) === "transient") {
          setStatus({ kind: "offline" });
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void flushRef.current(), backoffDelay(++failures.current));
          return false;
        }
        if (described.status === 400) {
          // The answers named stay on the device with the server's words; the others go again at once.
          const planned = [...Object.keys(plan.answers), ...plan.cleared];
          const named = Object.fromEntries(described.issues.map((i) => [questionIdOf(i.path), i.message]).filter(([id]) => planned.includes(id!)));
          update((k) => refuse(k, Object.keys(named).length ? named : Object.fromEntries(planned.map((id) => [id, described.message]))));
          continue;
        }
        stopped.current = true;
        setStatus({ kind: "refused", message: described.message });
        return false;
      }
    }
  }, [kept, opened, token, update]);

  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const flush = useCallback((): Promise<boolean> => {
    const next = queue.current.then(() => sendPending());
    queue.current = next.catch(() => undefined);
    return next;
  }, [sendPending]);

  const flushRef = useRef(flush);
  flushRef.current = flush;

  const change = useCallback(
    (questionId: string, value: AnswerValue | undefined) => {
      update((k) => changeAnswer(k, questionId, value));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flushRef.current(), SAVE_AFTER_MS);
    },
    [update],
  );

  const setStep = useCallback((step: number) => update((k) => ({ ...k, step })), [update]);

  useEffect(() => {
    const retry = () => void flushRef.current();
    // Another tab on the same link changed the answers: show them here too.
    const fromOtherTab = (event: StorageEvent) => {
      if (event.key === key && event.newValue) setKept((k) => ({ ...k, ...(JSON.parse(event.newValue!) as KeptAnswers) }));
    };
    addEventListener("online", retry);
    addEventListener("storage", fromOtherTab);
    retry();
    return () => {
      removeEventListener("online", retry);
      removeEventListener("storage", fromOtherTab);
      clearTimeout(timer.current);
    };
  }, [key]);

  return { kept, status, savedHere, change, setStep, flush, update };
}
