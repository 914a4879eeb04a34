/** The funnel of one département (or of one theme within it), from invitation to delivery. */
export interface FunnelRow {
  departmentCode: string;
  departmentName: string;
  /** null for the département's total line. */
  themeCode: string | null;
  invited: number;
  answered: number;
  needs: number;
  candidates: number;
  selected: number;
  accompanied: number;
  delivered: number;
}

/** What ANCT follows nationally, and what its exports show. */
export interface NationalView {
  generatedAt: Date;
  funnel: FunnelRow[];
  levers: { code: string; label: string; projects: number }[];
  overdueMilestones: {
    departmentCode: string;
    caseId: string;
    projectId: string;
    projectTitle: string;
    milestoneTitle: string;
    dueDate: string;
    daysLate: number;
  }[];
}
