import type { Answers, AnswerValue } from "../../../../services/questionnaire/src/domain/template/template.js";
import type { Opened } from "./respondent-types.js";

/**
 * A respondent's answers as kept on their device (`localStorage`, one key per invitation), so
 * that nothing typed is lost: not an answer the server refused, not one typed offline or while
 * the server was down, not one typed just before the tab was closed. The server's draft holds
 * the answers it acknowledged; this holds those plus the ones still to send.
 *
 * Storage is the only truth: every change re-reads it, changes it and writes it back at once, so
 * that two tabs on the same link do not overwrite each other. No React here.
 */
export interface KeptAnswers {
  /** Every answer as the respondent left it on this device, valid or not. */
  answers: Answers;
  /** Questions changed here whose answer the server has not acknowledged yet. */
  unsent: string[];
  /** What the server said of an answer it refused, kept until the answer changes. */
  refused: Record<string, string>;
  /** The part last shown (−1: the introduction), where the respondent comes back. */
  step: number;
  /** When the server last acknowledged answers from this device (ISO), or null. */
  savedAt: string | null;
  /** The questionnaire as last opened, so that a reload while the server is down still shows it. */
  opened: Opened | null;
}

/** What the page needs of `localStorage`: tests give it a plain object. */
export interface KeptStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The browser refused to keep the answers (storage full or disabled): the page must say so. */
export class KeptStorageError extends Error {
  constructor(cause: unknown) {
    super("Ce navigateur ne peut pas garder vos réponses sur l'appareil (stockage plein ou désactivé) : gardez cette page ouverte jusqu'à l'enregistrement.", { cause });
    this.name = "KeptStorageError";
  }
}

/** The invitation id is the token's first part: the key names the invitation without its secret. */
export const keptKey = (token: string) => `tetris.reponses.${token.split(".")[0]}`;

export const noKeptAnswers = (): KeptAnswers => ({ answers: {}, unsent: [], refused: {}, step: -1, savedAt: null, opened: null });

export function readKept(storage: KeptStorage, key: string): KeptAnswers | null {
  try {
    const raw = storage.getItem(key);
    return raw ? { ...noKeptAnswers(), ...(JSON.parse(raw) as Partial<KeptAnswers>) } : null;
  } catch {
    return null;
  }
}

/** Re-reads, changes and writes back; throws KeptStorageError when the browser refuses to keep it. */
export function updateKept(storage: KeptStorage, key: string, change: (kept: KeptAnswers) => KeptAnswers): KeptAnswers {
  const next = change(readKept(storage, key) ?? noKeptAnswers());
  try {
    storage.setItem(key, JSON.stringify(next));
  } catch (err) {
    throw new KeptStorageError(err);
  }
  return next;
}

export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * On opening: the server's draft, with this device's unsent answers over it (they are newer:
 * the server has not seen them), and the questionnaire kept for a later reload offline. A draft
 * never saved is the one prefilled from the invitation: its answers are to send, or they would
 * vanish at the first save of another answer.
 */
export function mergeOpened(kept: KeptAnswers, opened: Opened): KeptAnswers {
  const prefilled = opened.draftSavedAt === null ? Object.keys(opened.draft).filter((questionId) => !kept.unsent.includes(questionId)) : [];
  const answers: Answers = { ...(opened.draft as Answers) };
  for (const questionId of kept.unsent) {
    const value = kept.answers[questionId];
    if (value === undefined) delete answers[questionId];
    else answers[questionId] = value;
  }
  const refused = Object.fromEntries(Object.entries(kept.refused).filter(([questionId]) => kept.unsent.includes(questionId)));
  return { ...kept, answers, refused, unsent: [...kept.unsent, ...prefilled], savedAt: opened.draftSavedAt ?? kept.savedAt, opened };
}

/** The respondent changed an answer (undefined: removed it): it is to send, and what the server said of the old one no longer holds. */
export function changeAnswer(kept: KeptAnswers, questionId: string, value: AnswerValue | undefined): KeptAnswers {
  const answers = { ...kept.answers };
  if (value === undefined) delete answers[questionId];
  else answers[questionId] = value;
  const { [questionId]: _stale, ...refused } = kept.refused;
  return { ...kept, answers, refused, unsent: kept.unsent.includes(questionId) ? kept.unsent : [...kept.unsent, questionId] };
}

/**
 * The server kept what was sent. An answer changed again while the call was on its way stays
 * to send: only the value the server has is acknowledged.
 */
export function acknowledge(kept: KeptAnswers, sent: Answers, cleared: string[], savedAt: string): KeptAnswers {
  const done = (questionId: string) =>
    (Object.hasOwn(sent, questionId) && sameAnswer(kept.answers[questionId], sent[questionId])) ||
    (cleared.includes(questionId) && kept.answers[questionId] === undefined);
  return { ...kept, unsent: kept.unsent.filter((questionId) => !done(questionId)), savedAt };
}

/** The server refused these answers: they stay on the device with its message, and are not sent again until changed. */
export function refuse(kept: KeptAnswers, messages: Record<string, string>): KeptAnswers {
  return { ...kept, refused: { ...kept.refused, ...messages } };
}

/** After a submission the server's draft is what was submitted: what was sent is no longer to send. */
export function submitted(kept: KeptAnswers, sent: Answers, savedAt: string): KeptAnswers {
  const unsent = kept.unsent.filter((questionId) => !sameAnswer(kept.answers[questionId], sent[questionId]));
  return { ...kept, unsent, refused: {}, savedAt };
}
