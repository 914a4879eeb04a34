import type { projects } from "../api.js";

// Read from the projects service's router through the typed client: a change of contract shows here.
export type CaseRow = Awaited<ReturnType<(typeof projects)["cases"]["list"]["query"]>>[number];
export type CaseStage = CaseRow["stage"];

/**
 * The stages in the order a case goes through them, each with its French label and badge
 * colour (a Record over the service's enum: a new stage fails the type check until it has both).
 */
const stages: Record<CaseStage, { label: string; badge: string }> = {
  "questionnaire-open": { label: "Questionnaire en cours", badge: "fr-badge--info" },
  "questionnaire-closed": { label: "Questionnaire clos", badge: "fr-badge--purple-glycine" },
  "workshop-held": { label: "Atelier tenu", badge: "fr-badge--yellow-tournesol" },
  prioritisation: { label: "Priorisation et sélection", badge: "fr-badge--blue-ecume" },
  accompaniment: { label: "En accompagnement", badge: "fr-badge--success" },
};

export const caseStageOrder = Object.keys(stages) as CaseStage[];

export function caseStageLabel(stage: CaseStage): string {
  return stages[stage].label;
}

export function caseStageBadge(stage: CaseStage): string {
  return stages[stage].badge;
}

export function isCaseStage(value: string): value is CaseStage {
  return value in stages;
}

/** « Ariège (09) ». */
export function departmentLabel(row: Pick<CaseRow, "departmentCode" | "departmentName">): string {
  return `${row.departmentName} (${row.departmentCode})`;
}

/** What the case is called: its campaign's title, or its id until the campaign is known here. */
export function caseTitle(row: Pick<CaseRow, "title" | "caseId">): string {
  return row.title ?? `Dossier ${row.caseId}`;
}

/** « Ariège 2027 »: how a link names its case for screen reader users, among the links of every row. */
export function caseName(row: Pick<CaseRow, "departmentName" | "edition" | "caseId">): string {
  return row.edition === null ? `${row.departmentName}, dossier ${row.caseId}` : `${row.departmentName} ${row.edition}`;
}
