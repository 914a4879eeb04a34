/** Everything the day's report (compte rendu) shows, gathered before it is rendered as HTML or PDF. */
export interface WorkshopReportData {
  workshop: {
    title: string;
    caseId: string;
    departmentCode: string;
    departmentName: string;
    /** YYYY-MM-DD, or null while not scheduled. */
    date: string | null;
    venue: string | null;
    status: "draft" | "scheduled" | "completed";
    generatedAt: Date;
  };
  sessions: {
    title: string;
    themeLabel: string;
    /** "09:30–11:00", or null. */
    slot: string | null;
    room: string | null;
    facilitators: string[];
    registered: number;
    present: number;
  }[];
  attendance: {
    registered: number;
    present: number;
    participants: { name: string; organisation: string; present: boolean }[];
  };
  needsByTheme: {
    themeCode: string;
    themeLabel: string;
    needs: { statement: string; territories: string[]; urgency: number; impact: number; blockers: string }[];
  }[];
  candidates: {
    title: string;
    kind: "numerique" | "tiers-lieu";
    leadOrganisation: string;
    maturity: "idee" | "esquisse" | "projet-defini" | "pret-a-demarrer";
    budget: { minEuros: number; maxEuros: number } | null;
    votes: number;
    needStatements: string[];
  }[];
}
