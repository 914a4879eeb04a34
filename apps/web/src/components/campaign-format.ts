import type { CampaignInvitation, CampaignView } from "./campaign-types.js";

const dateTime = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long" });
const decimal = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

/** « 15 mars 2026 à 23:59 », in the user's time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

export function formatNumber(value: number | null): string {
  return value === null ? "—" : decimal.format(value);
}

/** « 25 % », or « — » when nobody was invited. */
export function formatRate(part: number, whole: number): string {
  return whole === 0 ? "—" : percent.format(part / whole);
}

export function statusLabel(campaign: Pick<CampaignView, "status">): string {
  return campaign.status === "closed" ? "Clôturée" : "Ouverte";
}

/** Open but past its closing date: the links no longer accept answers. */
export function isPastClosing(campaign: Pick<CampaignView, "status" | "closesAt">): boolean {
  return campaign.status === "open" && Date.parse(campaign.closesAt) <= Date.now();
}

export function territoryLabel(territory: CampaignInvitation["territory"]): string {
  if (!territory) return "—";
  return `${territory.name} (${territory.kind === "epci" ? "EPCI" : "commune"} ${territory.code})`;
}

/** An answer value as the respondent gave it: a list is read with commas. */
export function formatAnswerValue(value: string | number | string[]): string {
  if (Array.isArray(value)) return value.join(", ");
  return typeof value === "number" ? decimal.format(value) : value;
}

/** The page at `/repondre/<token>` of this very site: what each invited actor receives. */
export function respondentLink(token: string): string {
  return `${location.origin}/repondre/${encodeURIComponent(token)}`;
}
