import {
  RuleViolation,
  type DepartmentCode,
  type Need,
  type PayloadOf,
  type Territory,
  type maturities,
  type projectKinds,
} from "@tetris/shared";

export interface WorkshopSession {
  sessionId: string;
  themeCode: string;
  title: string;
  /** The theme's rank, score and explanation from the questionnaire: the evidence at hand. */
  themeRank: number;
  themeScore: number;
  evidence: string;
}

export interface CandidateProject {
  candidateId: string;
  title: string;
  description: string;
  kind: (typeof projectKinds)[number];
  leadOrganisation: string;
  territories: Territory[];
  budgetRange: { minEuros: number; maxEuros: number } | null;
  maturity: (typeof maturities)[number];
  votes: number;
  needs: Need[];
}

/** The workshop day of a case, prepared from the ranked themes when the campaign closes. */
export interface Workshop {
  _id: string;
  caseId: string;
  departmentCode: DepartmentCode;
  campaignId: string;
  status: "draft" | "completed";
  sessions: WorkshopSession[];
  candidates: CandidateProject[];
  completedAt: Date | null;
}

/** How many of the ranked themes get a session in the draft day; staff add or drop sessions. */
export const PRIORITY_THEMES = 4;

/** Derived from the campaign, so a redelivered CampaignClosed finds the draft it already made. */
export function workshopIdFor(campaignId: string): string {
  return `workshop-${campaignId}`;
}

/** One session per priority theme, in ranking order. */
export function draftSessions(rankedThemes: PayloadOf<"CampaignClosed">["rankedThemes"]): WorkshopSession[] {
  return [...rankedThemes]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, PRIORITY_THEMES)
    .map((theme) => ({
      sessionId: `session-${theme.rank}-${theme.themeCode}`,
      themeCode: theme.themeCode,
      title: `Atelier ${theme.label}`,
      themeRank: theme.rank,
      themeScore: theme.score,
      evidence: theme.explanation,
    }));
}

export function assertDraft(workshop: Pick<Workshop, "status">): void {
  if (workshop.status !== "draft") throw new RuleViolation("L'atelier est clôturé : il ne peut plus être modifié");
}
