import type { DefaultThemeCode } from "@tetris/shared";
import type { workshops } from "../api.js";

// The shapes the workshops service answers, read from its router through the typed client:
// a change of contract shows here as a type error, not as a blank cell.
type Api = typeof workshops;
export type WorkshopView = Awaited<ReturnType<Api["workshops"]["get"]["query"]>>;
export type WorkshopStatus = WorkshopView["status"];
export type SessionView = WorkshopView["sessions"][number];
export type SessionEvidence = SessionView["evidence"];
export type ParticipantView = WorkshopView["participants"][number];
export type ParticipantSource = ParticipantView["source"];
export type NeedView = Awaited<ReturnType<Api["needs"]["list"]["query"]>>[number];
/** A questionnaire answer a need is tied to, as `needs.capture` takes it. */
export type EvidenceRef = NonNullable<Parameters<Api["needs"]["capture"]["mutate"]>[0]["evidence"]>[number];
export type GroupingSuggestion = Awaited<ReturnType<Api["needs"]["suggestGroupings"]["query"]>>[number];
export type CandidateView = Awaited<ReturnType<Api["candidates"]["list"]["query"]>>[number];
export type BallotView = Awaited<ReturnType<Api["candidates"]["ballots"]["query"]>>[number];
export type CandidateInput = Parameters<Api["candidates"]["create"]["mutate"]>[0];
export type ProjectKind = CandidateInput["kind"];
export type Maturity = CandidateInput["maturity"];
export type AddParticipantInput = Parameters<Api["workshops"]["addParticipant"]["mutate"]>[0];

/** Who may change the day; partners (and anyone else) only read. The services check it again on every call. */
export function isWorkshopStaff(role: string | undefined): boolean {
  return role === "anct" || role === "prefecture";
}

/**
 * French labels of the default themes of `@tetris/shared` (a Record over their codes: a theme
 * added to the contract fails the type check here until it has its label). A questionnaire may
 * add themes of its own: `themeLabel` then names them by the session on that theme, or by code.
 */
export const defaultThemeLabels: Record<DefaultThemeCode, string> = {
  "inclusion-mediation": "Inclusion et médiation numérique",
  "demarches-en-ligne": "E-administration et démarches en ligne",
  infrastructures: "Infrastructures fixe (THD, fibre) et mobile (4G, 5G)",
  "tiers-lieux": "Tiers-lieux",
  "e-sante": "E-santé et téléconsultation",
  "e-education": "E-éducation",
  "donnees-cybersecurite": "Territoires connectés, données et cybersécurité",
  "ingenierie-financement": "Ingénierie et financement",
};

export function themeLabel(code: string, sessions: Pick<SessionView, "themeCode" | "title">[] = []): string {
  return (defaultThemeLabels as Record<string, string>)[code] ?? sessions.find((s) => s.themeCode === code)?.title ?? code;
}

/** The themes a session may be added on: the default ones, then those of the day's sessions. */
export function themeOptions(sessions: Pick<SessionView, "themeCode" | "title">[]): { code: string; label: string }[] {
  const codes = [...new Set([...Object.keys(defaultThemeLabels), ...sessions.map((s) => s.themeCode)])];
  return codes.map((code) => ({ code, label: themeLabel(code, sessions) }));
}

export const statusLabels: Record<WorkshopStatus, string> = {
  draft: "En préparation",
  scheduled: "Programmée",
  completed: "Clôturée",
};

export const sourceLabels: Record<ParticipantSource, string> = {
  invited: "Invité, sans réponse",
  responded: "A répondu",
  associated: "Associé",
};

export const kindLabels: Record<ProjectKind, string> = {
  numerique: "Projet numérique",
  "tiers-lieu": "Tiers-lieu",
};

export const maturityLabels: Record<Maturity, string> = {
  idee: "Idée",
  esquisse: "Esquisse",
  "projet-defini": "Projet défini",
  "pret-a-demarrer": "Prêt à démarrer",
};

export const kindOptions = Object.entries(kindLabels) as [ProjectKind, string][];
export const maturityOptions = Object.entries(maturityLabels) as [Maturity, string][];
