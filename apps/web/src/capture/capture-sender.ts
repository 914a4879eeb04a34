import { backoffDelay, failureKind } from "../retry-policy.js";
import type { CaptureQueue, QueueItem } from "./capture-queue.js";

/**
 * Sends the queue to the server one need at a time, oldest first. An item leaves the queue
 * only when the server answered 200 (a repeated capture answers 200 with `repeated: true`:
 * done too, which is what makes each need stored once). A network failure or a fault of the
 * server keeps the item and tries again later, waiting longer each time; a refusal that
 * sending again will not cure (400, 404, 409…) sets the item aside for a correction; an
 * expired session or a missing right stops sending until the facilitator signs in again.
 * No React here.
 */

export type SenderState =
  /** Nothing in flight and nothing to wait for. */
  | { kind: "idle" }
  | { kind: "sending"; needId: string }
  /** The browser says it is offline: the `online` event resumes. */
  | { kind: "offline" }
  /** The last attempt failed on the way (network, gateway, server fault): next one at `retryAt`. */
  | { kind: "waiting"; retryAt: number; failures: number }
  /** 401 or 403: sending again cannot help until the facilitator signs in again. */
  | { kind: "blocked"; status: number; message: string }
  /** The queue could not be written on this device. */
  | { kind: "storage-error"; message: string };

/** What the sender needs to know of a failed call (what `describeError` answers). */
export interface DescribedError {
  message: string;
  issues: { path: string; message: string }[];
  status: number | null;
}


interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

interface Events {
  addEventListener(type: "online" | "offline", fn: () => void): void;
  removeEventListener(type: "online" | "offline", fn: () => void): void;
}

export interface SenderOptions {
  queue: CaptureQueue;
  /** Sends one item (`needs.capture`); resolves only on a 200 answer. */
  send: (item: QueueItem) => Promise<unknown>;
  describe: (err: unknown) => DescribedError;
  /** Called after each item the server acknowledged. */
  onSent?: (item: QueueItem, answer: unknown) => void;
  isOnline?: () => boolean;
  /** Where `online` and `offline` are announced: `window` in the page. */
  events?: Events;
  timers?: Timers;
  random?: () => number;
  now?: () => number;
}

export class CaptureSender {
  private current: SenderState = { kind: "idle" };
  private running = false;
  private again = false;
  private started = false;
  private failures = 0;
  private timer: unknown = null;
  private readonly listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;
  private readonly isOnline: () => boolean;
  private readonly timers: Timers;
  private readonly now: () => number;

  constructor(private readonly options: SenderOptions) {
    this.isOnline = options.isOnline ?? (() => (typeof navigator === "undefined" ? true : navigator.onLine));
    this.timers = options.timers ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
    };
    this.now = options.now ?? Date.now;
  }

  state(): SenderState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listens to the network and to the queue, and sends what is waiting. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.options.events?.addEventListener("online", this.onOnline);
    this.options.events?.addEventListener("offline", this.onOffline);
    // A new need in the queue is sent at once, unless a wait after a failure is under way.
    this.unsubscribe = this.options.queue.subscribe(() => {
      if (this.timer === null && this.current.kind !== "blocked") this.kick();
    });
    this.kick();
  }

  stop(): void {
    if (!this.started) return;
    this.started = false;
    this.options.events?.removeEventListener("online", this.onOnline);
    this.options.events?.removeEventListener("offline", this.onOffline);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.clearTimer();
  }

  /** « Réessayer maintenant », or a sign-in again: forget the failures and send. */
  retryNow(): void {
    this.failures = 0;
    this.clearTimer();
    if (this.current.kind === "blocked" || this.current.kind === "storage-error") this.set({ kind: "idle" });
    this.kick();
  }

  /** Sends what is waiting, unless a round is already running (it then runs once more). */
  kick(): void {
    if (!this.started) return;
    if (this.running) {
      this.again = true;
      return;
    }
    void this.run();
  }

  private readonly onOnline = () => {
    this.failures = 0;
    this.clearTimer();
    if (this.current.kind === "offline" || this.current.kind === "waiting") this.set({ kind: "idle" });
    this.kick();
  };

  private readonly onOffline = () => {
    this.clearTimer();
    if (this.current.kind !== "sending" && this.current.kind !== "blocked") this.set({ kind: "offline" });
  };

  private async run(): Promise<void> {
    this.running = true;
    try {
      do {
        this.again = false;
        await this.round();
      } while (this.again && this.started && this.timer === null && this.current.kind !== "blocked");
    } finally {
      this.running = false;
    }
  }

  /** Sends items until the queue is empty, the network is gone, or a failure calls for waiting. */
  private async round(): Promise<void> {
    const { queue, send, describe, onSent } = this.options;
    try {
      while (this.started && this.timer === null && this.current.kind !== "blocked") {
        if (!this.isOnline()) return this.set({ kind: "offline" });
        const item = queue.next();
        if (!item) return this.set({ kind: "idle" });
        this.set({ kind: "sending", needId: item.needId });
        queue.attempted(item.needId);
        let answer: unknown;
        try {
          answer = await send(item);
        } catch (err) {
          const described = describe(err);
          const kind = failureKind(described.status);
          if (kind === "rejected") {
            queue.reject(item.needId, { message: described.message, status: described.status, issues: described.issues });
            continue;
          }
          if (kind === "blocked") return this.set({ kind: "blocked", status: described.status ?? 0, message: described.message });
          if (!this.isOnline()) return this.set({ kind: "offline" });
          this.failures += 1;
          const delay = backoffDelay(this.failures, this.options.random);
          this.timer = this.timers.setTimeout(() => {
            this.timer = null;
            this.kick();
          }, delay);
          return this.set({ kind: "waiting", retryAt: this.now() + delay, failures: this.failures });
        }
        this.failures = 0;
        queue.sent(item.needId);
        try {
          onSent?.(item, answer);
        } catch {
          // What the page does with the news is its business: the item is sent.
        }
      }
    } catch (err) {
      // The queue could not be written (storage full or disabled): what is stored stays as it was.
      this.set({ kind: "storage-error", message: err instanceof Error ? err.message : String(err) });
    }
  }

  private clearTimer(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  private set(state: SenderState): void {
    this.current = state;
    for (const listener of [...this.listeners]) listener();
  }
}
