import type { NeedDraft } from "./need-draft.js";

/**
 * The needs captured on this device and not yet acknowledged by the server, kept in
 * `localStorage` (one key per workshop) so that a lost network, a closed tab or a crashed
 * browser loses nothing. Each need gets its UUID the moment it is queued: the server stores
 * a need once per id, so sending an item again after a lost answer is harmless.
 *
 * Storage is the only truth: every change re-reads it, changes it and writes it back at once,
 * so two tabs on the same workshop do not overwrite each other's needs. No React here.
 */

/** What the queue needs of `localStorage`: tests give it a plain object. */
export interface QueueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface Rejection {
  /** What the server said, in French. */
  message: string;
  /** The HTTP status, e.g. 400 or 409. */
  status: number | null;
  /** The fields at fault, as the server named them (`territories.1.code`). */
  issues: { path: string; message: string }[];
  at: string;
}

export interface QueueItem {
  needId: string;
  workshopId: string;
  draft: NeedDraft;
  /** When the facilitator captured it (ISO), kept through corrections. */
  queuedAt: string;
  /** Sending attempts so far, for the record. */
  attempts: number;
  /** `pending`: to send; `rejected`: the server refused it, it waits for a correction. */
  state: "pending" | "rejected";
  rejection: Rejection | null;
}

/** The queue could not be written on this device: the need is NOT kept, the form must not be cleared. */
export class QueueStorageError extends Error {
  constructor(cause: unknown) {
    super(
      "Ce besoin n'a pas pu être gardé sur cet appareil (stockage du navigateur plein ou désactivé) : " +
        "il n'est pas enregistré. Gardez le texte, libérez de l'espace ou changez de navigateur, puis réessayez.",
      { cause },
    );
    this.name = "QueueStorageError";
  }
}

export const queueKey = (workshopId: string) => `tetris.saisie.${workshopId}`;

/** A v4 UUID: `crypto.randomUUID` where the page is a secure context, the same from random bytes elsewhere. */
export function newNeedId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const text = (v: unknown) => (typeof v === "string" ? v : "");
const scoreOf = (v: unknown) => (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5 ? v : 3);
/** Drafts queued by a page older than the evidence have none: they still send, without it. */
const evidenceOf = (v: unknown): NeedDraft["evidence"] =>
  (Array.isArray(v) ? v : []).flatMap((ref: unknown) => {
    const { responseId, questionId } = (typeof ref === "object" && ref !== null ? ref : {}) as Record<string, unknown>;
    return typeof responseId === "string" && responseId && typeof questionId === "string" && questionId ? [{ responseId, questionId }] : [];
  });

/** An item as read back from storage, or null if it is not one (an older or damaged entry). */
function itemFrom(raw: unknown, workshopId: string): QueueItem | null {
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const d = (typeof r.draft === "object" && r.draft !== null ? r.draft : null) as Record<string, unknown> | null;
  if (typeof r.needId !== "string" || !r.needId || !d) return null;
  const rejection = r.rejection as Rejection | null | undefined;
  return {
    needId: r.needId,
    workshopId,
    draft: {
      sessionId: text(d.sessionId),
      statement: text(d.statement),
      themeCode: text(d.themeCode),
      territories: text(d.territories),
      existing: text(d.existing),
      blockers: text(d.blockers),
      urgency: scoreOf(d.urgency),
      impact: scoreOf(d.impact),
      evidence: evidenceOf(d.evidence),
    },
    queuedAt: text(r.queuedAt) || new Date(0).toISOString(),
    attempts: typeof r.attempts === "number" ? r.attempts : 0,
    state: r.state === "rejected" && rejection ? "rejected" : "pending",
    rejection: r.state === "rejected" && rejection ? { message: text(rejection.message), status: rejection.status ?? null, issues: Array.isArray(rejection.issues) ? rejection.issues : [], at: text(rejection.at) } : null,
  };
}

export class CaptureQueue {
  readonly key: string;
  private raw: string | null | undefined;
  private cached: readonly QueueItem[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: QueueStorage,
    readonly workshopId: string,
    private readonly makeId: () => string = newNeedId,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.key = queueKey(workshopId);
  }

  /** Every item, in capture order. The same array as long as nothing changed (React can compare it). */
  items(): readonly QueueItem[] {
    let raw: string | null;
    try {
      raw = this.storage.getItem(this.key);
    } catch {
      raw = null;
    }
    if (raw === this.raw) return this.cached;
    this.raw = raw;
    this.cached = this.parse(raw);
    return this.cached;
  }

  pending(): QueueItem[] {
    return this.items().filter((i) => i.state === "pending");
  }

  rejected(): QueueItem[] {
    return this.items().filter((i) => i.state === "rejected");
  }

  /** The next item to send: the oldest pending one. */
  next(): QueueItem | undefined {
    return this.items().find((i) => i.state === "pending");
  }

  /**
   * Gives the need its id and writes it to storage, before anything is sent. Throws
   * `QueueStorageError` if it could not be written: then nothing was kept.
   */
  enqueue(draft: NeedDraft): QueueItem {
    const item: QueueItem = {
      needId: this.makeId(),
      workshopId: this.workshopId,
      draft: { ...draft },
      queuedAt: this.now().toISOString(),
      attempts: 0,
      state: "pending",
      rejection: null,
    };
    this.write([...this.items(), item]);
    return item;
  }

  /** The server answered 200 (stored now or already stored): the item is done. */
  sent(needId: string): void {
    this.update((items) => items.filter((i) => i.needId !== needId));
  }

  /** One more attempt is about to be made. */
  attempted(needId: string): void {
    this.update((items) => items.map((i) => (i.needId === needId ? { ...i, attempts: i.attempts + 1 } : i)));
  }

  /** The server refused it for a reason sending again will not cure: it waits for a correction. */
  reject(needId: string, rejection: Omit<Rejection, "at">): void {
    const at = this.now().toISOString();
    this.update((items) => items.map((i) => (i.needId === needId ? { ...i, state: "rejected" as const, rejection: { ...rejection, at } } : i)));
  }

  /** A corrected need goes back to be sent, with the same id and its place in the queue. */
  resubmit(needId: string, draft: NeedDraft): void {
    this.update((items) => items.map((i) => (i.needId === needId ? { ...i, draft: { ...draft }, state: "pending" as const, rejection: null } : i)));
  }

  /** The facilitator gives up a refused need. */
  discard(needId: string): void {
    this.update((items) => items.filter((i) => i.needId !== needId));
  }

  /** Called on every change, made here or, after `refresh()`, in another tab. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Another tab may have changed the queue (the `storage` event): tell the listeners if it did. */
  refresh(): void {
    const before = this.cached;
    if (this.items() !== before) this.notify();
  }

  private update(change: (items: readonly QueueItem[]) => QueueItem[]): void {
    this.write(change(this.items()));
  }

  private write(items: QueueItem[]): void {
    const raw = JSON.stringify(items);
    try {
      this.storage.setItem(this.key, raw);
    } catch (err) {
      throw new QueueStorageError(err);
    }
    this.raw = raw;
    this.cached = items;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private parse(raw: string | null): QueueItem[] {
    if (!raw) return [];
    try {
      const data: unknown = JSON.parse(raw);
      if (!Array.isArray(data)) throw new Error("not a list");
      return data.map((r) => itemFrom(r, this.workshopId)).filter((i): i is QueueItem => i !== null);
    } catch {
      // Unreadable: keep a copy aside once, so that whatever it held can still be recovered by hand.
      try {
        const aside = `${this.key}.illisible`;
        if (this.storage.getItem(aside) === null) this.storage.setItem(aside, raw);
      } catch {
        // Nothing more can be done on this device.
      }
      return [];
    }
  }
}
