import type { DefaultThemeCode, maturities, projectKinds } from "@tetris/shared";
import type { projects } from "../api.js";

// The shapes the projects service answers, read from its router through the typed client:
// a change of contract shows here as a type error, not as a blank cell.
type Api = typeof projects;
export type ProjectView = Awaited<ReturnType<Api["projects"]["get"]["query"]>>;
export type ProjectStatus = ProjectView["status"];
export type Milestone = NonNullable<ProjectView["plan"]>["milestones"][number];
export type Traceability = Awaited<ReturnType<Api["projects"]["traceability"]["query"]>>;
export type TimelineEntry = Awaited<ReturnType<Api["projects"]["timeline"]["query"]>>[number];
export type RankingView = Awaited<ReturnType<Api["prioritisation"]["ranking"]["query"]>>;
export type Criterion = RankingView["criteria"][number];
export type Lever = Awaited<ReturnType<Api["levers"]["list"]["query"]>>[number];
export type NationalView = Awaited<ReturnType<Api["national"]["view"]["query"]>>;
export type FunnelRow = NationalView["funnel"][number];
export type PlanInput = Parameters<Api["projects"]["planAccompaniment"]["mutate"]>[0];

/** Who may do what on these pages; the services check it again on every call. */
export function canPrioritise(role: string | undefined): boolean {
  return role === "anct";
}

/** ANCT and the préfectures write in a project's journal; partners read it. */
export function canWriteJournal(role: string | undefined): boolean {
  return role === "anct" || role === "prefecture";
}

/**
 * French labels of the default themes of `@tetris/shared` (a Record over their codes: a theme
 * added to the contract fails the type check here until it has its label). A questionnaire may
 * add themes of its own: `themeLabel` then shows their code.
 */
const themeLabels: Record<DefaultThemeCode, string> = {
  "inclusion-mediation": "Inclusion et médiation numérique",
  "demarches-en-ligne": "E-administration et démarches en ligne",
  infrastructures: "Infrastructures fixe (THD, fibre) et mobile (4G, 5G)",
  "tiers-lieux": "Tiers-lieux",
  "e-sante": "E-santé et téléconsultation",
  "e-education": "E-éducation",
  "donnees-cybersecurite": "Territoires connectés, données et cybersécurité",
  "ingenierie-financement": "Ingénierie et financement",
};

export function themeLabel(code: string): string {
  return (themeLabels as Record<string, string>)[code] ?? code;
}

export const kindLabels: Record<(typeof projectKinds)[number], string> = {
  numerique: "Projet numérique",
  "tiers-lieu": "Tiers-lieu",
};

export const maturityLabels: Record<(typeof maturities)[number], string> = {
  idee: "Idée",
  esquisse: "Esquisse",
  "projet-defini": "Projet défini",
  "pret-a-demarrer": "Prêt à démarrer",
};

export const leverFamilyLabels: Record<Lever["family"], string> = {
  ingenierie: "Ingénierie",
  financement: "Financement",
  humain: "Moyens humains",
  reseau: "Mise en réseau",
};

export const producerLabels: Record<TimelineEntry["producer"], string> = {
  questionnaire: "Questionnaire",
  workshops: "Ateliers",
  projects: "Projets",
};

/** The status as a sentence starts it: « Proposé », « En accompagnement »… (the service gives it in lower case). */
export function statusText(project: Pick<ProjectView, "statusLabel">): string {
  return project.statusLabel.charAt(0).toUpperCase() + project.statusLabel.slice(1);
}

/** The DSFR badge colour of each status. */
export const statusBadge: Record<ProjectStatus, string> = {
  proposed: "fr-badge--new",
  "not-selected": "fr-badge--warning",
  selected: "fr-badge--info",
  "in-accompaniment": "fr-badge--info",
  paused: "fr-badge--warning",
  abandoned: "fr-badge--error",
  delivered: "fr-badge--success",
};

/** A decision can be taken, or taken again, until the accompaniment is planned. */
export function isDecidable(project: Pick<ProjectView, "status" | "plan">): boolean {
  return (project.status === "proposed" || project.status === "selected" || project.status === "not-selected") && project.plan === null;
}

/** The latest score of each criterion (scores come earliest first). */
export function latestScores(project: Pick<ProjectView, "scores">): Map<string, ProjectView["scores"][number]> {
  const latest = new Map<string, ProjectView["scores"][number]>();
  for (const score of project.scores) latest.set(score.criterionCode, score);
  return latest;
}

export function caseProjectsPath(caseId: string): string {
  return `/dossiers/${encodeURIComponent(caseId)}/projets`;
}

export function projectPath(projectId: string): string {
  return `/projets/${encodeURIComponent(projectId)}`;
}
