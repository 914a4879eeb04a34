import {
  RuleViolation,
  type ActorType,
  type AnswerEvidence,
  type DepartmentCode,
  type PayloadOf,
  type Territory,
} from "@tetris/shared";

/**
 * A free-text answer quoted for a session. Its response and question let a facilitator tie a
 * need to it (`needs.capture` takes them as evidence); days drafted before they were kept are
 * stored without them, hence optional.
 */
export interface FreeTextEvidence {
  responseId?: string;
  questionId?: string;
  organisation: string;
  questionLabel: string;
  text: string;
}

/** What the questionnaire says of a theme, kept at hand for the session that discusses it. */
export interface ThemeEvidence {
  themeRank: number | null;
  themeScore: number;
  explanation: string;
  topContributions: (AnswerEvidence & { contribution: number })[];
  /** The most telling free-text answers on the theme (the longest first). */
  freeTexts: FreeTextEvidence[];
  actors: { organisation: string; actorType: ActorType }[];
  territories: Territory[];
}

export interface WorkshopSession {
  sessionId: string;
  themeCode: string;
  title: string;
  /** "HH:MM", or null until planned. */
  startsAt: string | null;
  endsAt: string | null;
  room: string | null;
  facilitators: string[];
  evidence: ThemeEvidence;
}

/** Someone taking part: an invited or responding actor of the case, or an associated one added by staff. */
export interface Participant {
  participantId: string;
  name: string;
  organisation: string;
  actorType: ActorType;
  email: string | null;
  source: "invited" | "responded" | "associated";
  sessionIds: string[];
  present: boolean;
}

/** The workshop day of a case, prepared from the ranked themes when the campaign closes. */
export interface Workshop {
  _id: string;
  caseId: string;
  departmentCode: DepartmentCode;
  campaignId: string;
  status: "draft" | "scheduled" | "completed";
  /** YYYY-MM-DD */
  date: string | null;
  venue: string | null;
  sessions: WorkshopSession[];
  participants: Participant[];
  votesPerParticipant: number;
  completedAt: Date | null;
}

/** How many of the ranked themes get a session in the draft day; staff add or drop sessions. */
export const PRIORITY_THEMES = 4;
export const DEFAULT_VOTES_PER_PARTICIPANT = 3;
const FREE_TEXTS_PER_THEME = 5;

/** Derived from the campaign, so a redelivered CampaignClosed finds the draft it already made. */
export function workshopIdFor(campaignId: string): string {
  return `workshop-${campaignId}`;
}

/** A questionnaire response as the workshops service keeps it (last revision only). */
export interface CaseResponse {
  _id: string;
  caseId: string;
  organisation: string;
  actorType: ActorType;
  territory: Territory | null;
  revision: number;
  answers: PayloadOf<"ResponseSubmitted">["answers"];
}

export function themeEvidence(
  theme: Pick<PayloadOf<"CampaignClosed">["rankedThemes"][number], "rank" | "score" | "explanation" | "topContributions" | "themeCode">,
  responses: CaseResponse[],
): ThemeEvidence {
  const onTheme = responses.filter((r) => r.answers.some((a) => a.themes.includes(theme.themeCode)));
  const freeTexts = onTheme
    .flatMap((r) =>
      r.answers
        .filter((a) => a.themes.includes(theme.themeCode) && typeof a.value === "string" && a.value.length > 20)
        .map((a) => ({ responseId: r._id, questionId: a.questionId, organisation: r.organisation, questionLabel: a.questionLabel, text: a.value as string })),
    )
    .sort((a, b) => b.text.length - a.text.length)
    .slice(0, FREE_TEXTS_PER_THEME);
  const territories = new Map(onTheme.flatMap((r) => (r.territory ? [[r.territory.code, r.territory] as const] : [])));
  return {
    themeRank: theme.rank,
    themeScore: theme.score,
    explanation: theme.explanation,
    topContributions: theme.topContributions,
    freeTexts,
    actors: onTheme.map((r) => ({ organisation: r.organisation, actorType: r.actorType })),
    territories: [...territories.values()],
  };
}

/** One session per priority theme, in ranking order, each with its evidence. */
export function draftSessions(rankedThemes: PayloadOf<"CampaignClosed">["rankedThemes"], responses: CaseResponse[]): WorkshopSession[] {
  return [...rankedThemes]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, PRIORITY_THEMES)
    .map((theme) => ({
      sessionId: `session-${theme.themeCode}`,
      themeCode: theme.themeCode,
      title: `Atelier « ${theme.label} »`,
      startsAt: null,
      endsAt: null,
      room: null,
      facilitators: [],
      evidence: themeEvidence(theme, responses),
    }));
}

export function assertNotCompleted(workshop: Pick<Workshop, "status">): void {
  if (workshop.status === "completed") throw new RuleViolation("L'atelier est clôturé : il ne peut plus être modifié");
}

export function assertCompleted(workshop: Pick<Workshop, "status">): void {
  if (workshop.status !== "completed") throw new RuleViolation("L'atelier n'est pas encore clôturé");
}

/** The new order must name every session exactly once. */
export function reorderedSessions(sessions: WorkshopSession[], sessionIds: string[]): WorkshopSession[] {
  const byId = new Map(sessions.map((s) => [s.sessionId, s]));
  if (sessionIds.length !== sessions.length || new Set(sessionIds).size !== sessionIds.length || !sessionIds.every((id) => byId.has(id))) {
    throw new RuleViolation("Le nouvel ordre doit citer chaque atelier une fois et une seule");
  }
  return sessionIds.map((id) => byId.get(id)!);
}
