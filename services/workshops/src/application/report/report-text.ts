import type { WorkshopReportData } from "./report-data.js";

type Workshop = WorkshopReportData["workshop"];
type Candidate = WorkshopReportData["candidates"][number];

/** The parts of the report, in the order both renderings print them. */
export const sectionTitles = {
  sessions: "Déroulé des ateliers",
  attendance: "Participation",
  needs: "Besoins exprimés par thème",
  candidates: "Fiches projet",
} as const;

export const emptyStates = {
  sessions: "Aucun atelier programmé.",
  participants: "Aucun participant inscrit.",
  needs: "Aucun besoin saisi.",
  themeNeeds: "Aucun besoin saisi pour ce thème.",
  candidates: "Aucune fiche projet proposée.",
  candidateNeeds: "Aucun besoin rattaché.",
} as const;

const maturityLabels: Record<Candidate["maturity"], string> = {
  idee: "Idée",
  esquisse: "Esquisse",
  "projet-defini": "Projet défini",
  "pret-a-demarrer": "Prêt à démarrer",
};

const kindLabels: Record<Candidate["kind"], string> = {
  numerique: "Numérique",
  "tiers-lieu": "Tiers-lieu",
};

const statusLabels: Record<Workshop["status"], string> = {
  draft: "En préparation",
  scheduled: "Programmée",
  completed: "Terminée",
};

export const maturityLabel = (maturity: Candidate["maturity"]): string => maturityLabels[maturity];
export const kindLabel = (kind: Candidate["kind"]): string => kindLabels[kind];
export const statusLabel = (status: Workshop["status"]): string => statusLabels[status];

/** "Compte rendu de la journée d'ateliers — Ariège (09)". */
export function reportTitle(workshop: Pick<Workshop, "departmentName" | "departmentCode">): string {
  return `Compte rendu de la journée d'ateliers — ${workshop.departmentName} (${workshop.departmentCode})`;
}

const integerFormat = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const euroFormat = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const percentFormat = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

export const formatInteger = (value: number): string => integerFormat.format(value);

/** "150 000 – 250 000 €", "80 000 €" when both ends agree, a plain sentence when there is no estimate. */
export function formatBudget(budget: Candidate["budget"]): string {
  if (!budget) return "Non estimé";
  if (Math.round(budget.minEuros) === Math.round(budget.maxEuros)) return euroFormat.format(budget.maxEuros);
  return `${integerFormat.format(budget.minEuros)} – ${euroFormat.format(budget.maxEuros)}`;
}

const dayFormat = new Intl.DateTimeFormat("fr-FR", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** "2026-03-20" → "jeudi 20 mars 2026"; the first of the month reads "1er" as French writes it. */
export function formatDay(isoDay: string | null): string {
  if (!isoDay) return "Date à fixer";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) return isoDay;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const text = dayFormat.format(new Date(Date.UTC(year, month - 1, day)));
  return text.replace(/^(\S+) 1 /, "$1 1er ");
}

/** Overseas préfectures read the time of their own island or coast, not the time in Paris. */
const overseasTimeZones: Record<string, string> = {
  "971": "America/Guadeloupe",
  "972": "America/Martinique",
  "973": "America/Cayenne",
  "974": "Indian/Reunion",
  "976": "Indian/Mayotte",
};

/** "20 mars 2026 à 18:05", in the département's time zone. */
export function formatGeneratedAt(at: Date, departmentCode: string): string {
  const timeZone = overseasTimeZones[departmentCode] ?? "Europe/Paris";
  const day = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone }).format(at);
  const time = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone }).format(at);
  return `${day} à ${time}`;
}

/** French counts: 0 and 1 take the singular ("0 vote", "1 vote", "2 votes"). */
export function countLabel(count: number, singular: string, plural: string): string {
  return `${formatInteger(count)} ${Math.abs(count) < 2 ? singular : plural}`;
}

export const votesLabel = (votes: number): string => countLabel(votes, "vote", "votes");

/** "Urgence 4/5 · Impact 5/5". */
export const scoreLabel = (urgency: number, impact: number): string => `Urgence ${urgency}/5 · Impact ${impact}/5`;

export const presenceLabel = (present: boolean): string => (present ? "Présent" : "Absent");

/** "7 présents sur 10 inscrits (70 %)". */
export function attendanceSummary(attendance: Pick<WorkshopReportData["attendance"], "registered" | "present">): string {
  const { registered, present } = attendance;
  const summary = `${countLabel(present, "présent", "présents")} sur ${countLabel(registered, "inscrit", "inscrits")}`;
  return registered > 0 ? `${summary} (${percentFormat.format(present / registered)})` : summary;
}

export const territoriesLabel = (territories: string[]): string =>
  territories.length > 0 ? territories.join(", ") : "Territoire non précisé";

export const blockersLabel = (blockers: string): string => blockers.trim() || "Aucun frein signalé";

export const facilitatorsLabel = (facilitators: string[]): string =>
  facilitators.length > 0 ? facilitators.join(", ") : "—";

export const orDash = (value: string | null): string => value?.trim() || "—";

/** Most voted first; equal votes keep a stable, alphabetical order. */
export function candidatesByVotes<C extends Pick<Candidate, "votes" | "title">>(candidates: readonly C[]): C[] {
  return [...candidates].sort((a, b) => b.votes - a.votes || a.title.localeCompare(b.title, "fr"));
}

export const footerCredit = "Tétris — Agence nationale de la cohésion des territoires";
