const longDay = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long" });
const integer = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

/**
 * « 20 mars 2026 » for a calendar day (YYYY-MM-DD). Read as a local day, not as UTC midnight,
 * so that nobody west of Greenwich sees the day before.
 */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number);
  if (!year || !month || !date) return day;
  return longDay.format(new Date(year, month - 1, date));
}

/** Today as YYYY-MM-DD, in the user's time zone. */
export function todayIso(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The latest day a milestone may be said done: today for the user, unless the service (which
 * counts days in UTC) is still on the day before, as it is just after midnight in France.
 */
export function latestDoneDay(): string {
  const utc = new Date().toISOString().slice(0, 10);
  const local = todayIso();
  return local < utc ? local : utc;
}

export function formatInteger(value: number): string {
  return integer.format(value);
}

export function formatEuros(value: number): string {
  return euros.format(value);
}

/** « 1 jalon », « 3 jalons ». */
export function plural(count: number, one: string, many: string): string {
  return `${formatInteger(count)} ${count > 1 ? many : one}`;
}
