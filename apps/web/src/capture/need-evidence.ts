import { formatAnswerValue } from "../components/campaign-format.js";
import type { EvidenceRef, SessionEvidence } from "../workshop/workshop-types.js";

/** An answer of the questionnaire a facilitator may tie a need to, as the form lists it. */
export interface EvidenceOption extends EvidenceRef {
  organisation: string;
  questionLabel: string;
  /** The start of the answer: enough to recognise it while the discussion goes on. */
  excerpt: string;
}

const EXCERPT_MAX = 160;

/** The answer cut at a word, so that a long free text does not flood the form. */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

export const sameEvidence = (a: EvidenceRef, b: EvidenceRef) => a.responseId === b.responseId && a.questionId === b.questionId;

/**
 * The answers a session's evidence quotes, each once: its free texts first (the most telling),
 * then the answers that weighed most. Free texts of a day drafted before they named their
 * response and question cannot be quoted: they are left out.
 */
export function evidenceOptions(evidence: Pick<SessionEvidence, "freeTexts" | "topContributions"> | undefined): EvidenceOption[] {
  if (!evidence) return [];
  const options: EvidenceOption[] = [];
  const add = (option: EvidenceOption) => {
    if (!options.some((o) => sameEvidence(o, option))) options.push(option);
  };
  for (const t of evidence.freeTexts) {
    if (t.responseId && t.questionId) {
      add({ responseId: t.responseId, questionId: t.questionId, organisation: t.organisation, questionLabel: t.questionLabel, excerpt: excerpt(t.text) });
    }
  }
  for (const c of evidence.topContributions) {
    add({ responseId: c.responseId, questionId: c.questionId, organisation: c.organisation, questionLabel: c.questionLabel, excerpt: excerpt(formatAnswerValue(c.value)) });
  }
  return options;
}
