import { defaultThemes } from "../../../../packages/shared/src/events/themes.js";
import type { EvidenceRef } from "../workshop/workshop-types.js";

/**
 * A need as the facilitator typed it, before the server has seen it: what goes into the
 * offline queue and, with the workshop and the need's id, into `needs.capture`.
 */
export interface NeedDraft {
  sessionId: string;
  statement: string;
  themeCode: string;
  /** Codes separated by commas (as the territory field writes them; older drafts may use semicolons or spaces); read by `parseTerritories`. */
  territories: string;
  existing: string;
  blockers: string;
  urgency: number;
  impact: number;
  /** The questionnaire answers the need echoes, ticked among those of the session. */
  evidence: EvidenceRef[];
}

/** The fields of the form, by the name an error can point to. */
export type DraftField = "sessionId" | "statement" | "themeCode" | "territories" | "existing" | "blockers" | "urgency" | "impact" | "evidence";

export interface DraftIssue {
  field: DraftField;
  message: string;
}

export const STATEMENT_MIN = 5;
export const STATEMENT_MAX = 2000;
export const DETAIL_MAX = 2000;
export const TERRITORIES_MAX = 100;
export const DEFAULT_SCORE = 3;

/** The field labels, as the form shows them: error summaries name fields with them. */
export const fieldLabels: Record<DraftField, string> = {
  sessionId: "Atelier",
  statement: "Besoin exprimé",
  themeCode: "Thème",
  territories: "Territoires concernés",
  existing: "Ce qui existe déjà",
  blockers: "Ce qui bloque",
  urgency: "Urgence",
  impact: "Impact",
  evidence: "Réponses du questionnaire à l'appui",
};

export function emptyDraft(sessionId: string, themeCode: string): NeedDraft {
  return { sessionId, statement: "", themeCode, territories: "", existing: "", blockers: "", urgency: DEFAULT_SCORE, impact: DEFAULT_SCORE, evidence: [] };
}

const COMMUNE = /^\d[\dAB]\d{3}$/;
const EPCI = /^\d{9}$/;

/** Commune codes (INSEE, 5 characters, 2A/2B for Corsica) and EPCI codes (SIREN, 9 digits), as typed. */
export function parseTerritories(text: string): { territories: { kind: "commune" | "epci"; code: string }[]; invalid: string[] } {
  const codes = territoryCodes(text);
  const territories: { kind: "commune" | "epci"; code: string }[] = [];
  const invalid: string[] = [];
  for (const code of codes) {
    if (EPCI.test(code)) territories.push({ kind: "epci", code });
    else if (COMMUNE.test(code)) territories.push({ kind: "commune", code });
    else invalid.push(code);
  }
  return { territories, invalid };
}

/** The codes of the draft as written, valid or not, each once: what the territory field shows. */
export function territoryCodes(text: string): string[] {
  return [...new Set(text.toUpperCase().split(/[\s,;]+/).filter(Boolean))];
}

const score = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;

/**
 * What can be checked on this device, before the need is queued: a need that could never be
 * accepted is not sent. What only the server knows (a commune outside the département, a
 * removed session) comes back as a 400 and lands in « À corriger ».
 */
export function checkDraft(draft: NeedDraft): DraftIssue[] {
  const issues: DraftIssue[] = [];
  const statement = draft.statement.trim();
  if (!draft.sessionId) issues.push({ field: "sessionId", message: "Choisissez l'atelier dans lequel ce besoin a été exprimé." });
  if (statement.length === 0) issues.push({ field: "statement", message: "Saisissez le besoin exprimé." });
  else if (statement.length < STATEMENT_MIN) issues.push({ field: "statement", message: `Le besoin doit compter au moins ${STATEMENT_MIN} caractères.` });
  else if (statement.length > STATEMENT_MAX) issues.push({ field: "statement", message: `Le besoin ne doit pas dépasser ${STATEMENT_MAX} caractères.` });
  if (!/^[a-z0-9-]{2,60}$/.test(draft.themeCode)) issues.push({ field: "themeCode", message: "Choisissez un thème." });
  const { territories, invalid } = parseTerritories(draft.territories);
  if (invalid.length > 0) {
    issues.push({
      field: "territories",
      message: `${invalid.length === 1 ? "Ce code n'est" : "Ces codes ne sont"} ni un code de commune (5 caractères) ni un SIREN d'intercommunalité (9 chiffres) : ${invalid.join(", ")}.`,
    });
  } else if (territories.length > TERRITORIES_MAX) {
    issues.push({ field: "territories", message: `Indiquez au plus ${TERRITORIES_MAX} territoires.` });
  }
  if (!score(draft.urgency)) issues.push({ field: "urgency", message: "Choisissez une urgence de 1 à 5." });
  if (!score(draft.impact)) issues.push({ field: "impact", message: "Choisissez un impact de 1 à 5." });
  if (draft.existing.trim().length > DETAIL_MAX) issues.push({ field: "existing", message: `Ce texte ne doit pas dépasser ${DETAIL_MAX} caractères.` });
  if (draft.blockers.trim().length > DETAIL_MAX) issues.push({ field: "blockers", message: `Ce texte ne doit pas dépasser ${DETAIL_MAX} caractères.` });
  return issues;
}

/** The input of `needs.capture` for a checked draft. */
export function captureInput(workshopId: string, needId: string, draft: NeedDraft) {
  return {
    workshopId,
    needId,
    sessionId: draft.sessionId,
    statement: draft.statement.trim(),
    themeCode: draft.themeCode,
    territories: parseTerritories(draft.territories).territories,
    existing: draft.existing.trim(),
    blockers: draft.blockers.trim(),
    urgency: draft.urgency,
    impact: draft.impact,
    evidence: draft.evidence.map(({ responseId, questionId }) => ({ responseId, questionId })),
  };
}

/**
 * The field a server issue points to (`territories.2.code` → territories), so that the
 * message is shown with that field; issues on anything else are shown with the need.
 */
export function fieldOfIssuePath(path: string): DraftField | null {
  const head = path.split(".")[0] ?? "";
  return head in fieldLabels ? (head as DraftField) : null;
}

/** A theme's label: the starting list of DESIGN.md, else the session title « Atelier « … » », else its code. */
export function themeLabel(themeCode: string, sessions: { themeCode: string; title: string }[] = []): string {
  const known = defaultThemes.find((t) => t.code === themeCode);
  if (known) return known.label;
  const session = sessions.find((s) => s.themeCode === themeCode);
  const quoted = session && /«\s*(.+?)\s*»/.exec(session.title);
  return quoted?.[1] ?? session?.title ?? themeCode;
}

/** The themes of the workshop's sessions, each once, in the order of the day. */
export function sessionThemes(sessions: { themeCode: string; title: string }[]): { code: string; label: string }[] {
  const codes = [...new Set(sessions.map((s) => s.themeCode))];
  return codes.map((code) => ({ code, label: themeLabel(code, sessions) }));
}
