/** The receipt's French wording: dates as the State writes them, in the time of Paris whatever the server's. */

const parisParts = new Intl.DateTimeFormat("fr-FR", {
  timeZone: "Europe/Paris",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  hourCycle: "h23",
});

/** « 3 décembre 2026 à 14 h 02 », « 1er janvier 2027 à 0 h 05 ». */
export function formatParisDateTime(date: Date): string {
  const parts = parisParts.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  const day = part("day") === "1" ? "1er" : part("day");
  return `${day} ${part("month")} ${part("year")} à ${Number(part("hour"))} h ${part("minute")}`;
}

export const receiptTitle = "Accusé de réception";
export const unanswered = "Sans réponse";

export const sentLine = (submittedAt: Date) => `Réponses envoyées le ${formatParisDateTime(submittedAt)}`;
export const versionLine = (revision: number) => `Version n° ${revision}`;
export const replacedLine = (latest: number) => `Cette version a été remplacée par la version n° ${latest}, envoyée ensuite.`;
export const closingSentence = (closesAt: Date, amendable: boolean) =>
  (amendable
    ? `Vous pouvez modifier vos réponses jusqu'au ${formatParisDateTime(closesAt)} depuis votre lien d'invitation ; `
    : "Vos réponses ne sont plus modifiables depuis ce lien ; ") + "la dernière version envoyée est celle prise en compte.";
export const receiptFilename = (revision: number) => `accuse-de-reception-v${revision}.pdf`;
