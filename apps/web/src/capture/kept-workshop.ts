import type { QueueStorage } from "./capture-queue.js";

/**
 * The last workshop day the capture page loaded, kept on this device so that the page reopened
 * without a network still shows the day's sessions and themes, and needs can go on being typed
 * into the queue. Without the participants: personal data has no business staying on a device
 * the room may share. Used only when the API cannot be reached, never when it refuses.
 */

export interface KeptWorkshop<W> {
  workshop: W;
  /** ISO date and time of the load it comes from. */
  loadedAt: string;
}

interface Stored {
  workshopId: string;
  participants: unknown[];
  sessions: unknown[];
}

const keyOf = (workshopId: string) => `tetris.saisie.${workshopId}.journee`;

/** Keeps the day as loaded; a device that refuses to store it simply has no copy. */
export function keepWorkshop<W extends Stored>(storage: QueueStorage, workshop: W, now = new Date()): void {
  const kept: KeptWorkshop<W> = { workshop: { ...workshop, participants: [] }, loadedAt: now.toISOString() };
  try {
    storage.setItem(keyOf(workshop.workshopId), JSON.stringify(kept));
  } catch {
    // Full or disabled storage: the page works online as before.
  }
}

/** The copy kept for this workshop, or null if there is none or it is not one this page can read. */
export function keptWorkshop<W extends Stored>(storage: QueueStorage, workshopId: string): KeptWorkshop<W> | null {
  try {
    const kept = JSON.parse(storage.getItem(keyOf(workshopId)) ?? "null") as KeptWorkshop<W> | null;
    if (kept?.workshop?.workshopId !== workshopId || !Array.isArray(kept.workshop.sessions) || typeof kept.loadedAt !== "string") return null;
    return kept;
  } catch {
    return null;
  }
}

/** « le 12 mars 2026 à 9 h 05 », for the notice. */
export function loadedOn(iso: string): string {
  const at = new Date(iso);
  const date = at.toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric" });
  return `le ${date} à ${at.getHours()} h ${String(at.getMinutes()).padStart(2, "0")}`;
}
