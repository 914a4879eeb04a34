/**
 * Calendar days written YYYY-MM-DD. Two such strings compare like the days they name, so
 * the milestone rules compare them as strings and never build a Date in local time.
 */
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day of the calendar in YYYY-MM-DD (2025-02-29 and 2025-13-01 are not). */
export function isCalendarDay(value: string): boolean {
  const match = dayPattern.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The day of the clock the caller passes in: a Date is read in UTC (as the application
 * layer does), a string must already be a calendar day.
 */
export function toCalendarDay(today: Date | string): string {
  if (today instanceof Date) {
    if (Number.isNaN(today.getTime())) throw new RangeError("Horloge invalide : date impossible");
    return today.toISOString().slice(0, 10);
  }
  if (!isCalendarDay(today)) throw new RangeError(`Horloge invalide : « ${today} » n'est pas une date AAAA-MM-JJ`);
  return today;
}
