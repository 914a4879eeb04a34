import type { CandidateView, SessionView } from "./workshop-types.js";

const longDay = new Intl.DateTimeFormat("fr-FR", { weekday: "long", day: "numeric", month: "long", year: "numeric" });
const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });
const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });

/** « jeudi 18 juin 2026 » for a calendar day `YYYY-MM-DD` (read at noon: no time zone shifts it). */
export function formatDay(isoDate: string): string {
  return longDay.format(new Date(`${isoDate}T12:00:00`));
}

export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatNumber(value: number): string {
  return decimal.format(value);
}

/** « 9 h 30 » from « 09:30 ». */
export function formatTime(hhmm: string): string {
  const [h, m] = hhmm.split(":");
  return `${Number(h)} h ${m}`;
}

/** « 9 h 30 – 11 h 00 », or what is missing of it. */
export function timeSlot(session: Pick<SessionView, "startsAt" | "endsAt">): string {
  if (session.startsAt && session.endsAt) return `${formatTime(session.startsAt)} – ${formatTime(session.endsAt)}`;
  if (session.startsAt) return `À partir de ${formatTime(session.startsAt)}`;
  if (session.endsAt) return `Jusqu'à ${formatTime(session.endsAt)}`;
  return "Horaire à préciser";
}

export function formatBudget(budget: CandidateView["budgetRange"]): string {
  if (!budget) return "Non estimé";
  if (budget.minEuros === budget.maxEuros) return euros.format(budget.minEuros);
  return `De ${euros.format(budget.minEuros)} à ${euros.format(budget.maxEuros)}`;
}

/** « 1 voix », « 3 voix »; « 1 besoin », « 2 besoins ». */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count > 1 ? pluralForm : singular}`;
}

export function workshopPath(workshopId: string): string {
  return `/ateliers/${encodeURIComponent(workshopId)}`;
}

export function capturePath(workshopId: string): string {
  return `/ateliers/${encodeURIComponent(workshopId)}/saisie`;
}
