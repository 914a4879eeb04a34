import type { Model } from "mongoose";
import type { DomainEvent } from "../events/catalogue.js";
import type { EventPublisher } from "../kafka/event-publisher.js";
import type { Logger } from "../logging/logger.js";
import { eventsPublished, outboxRelayFailures } from "../observability/metrics.js";
import { hasPending, notePending, restorePending, takePending } from "./pending-outbox.js";

interface PendingDocument {
  _id: unknown;
  version: number;
  outbox: DomainEvent[];
}

export interface OutboxRelayOptions {
  /** The aggregate models whose documents carry an outbox (see outboxPlugin). */
  models: Model<any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- any aggregate schema
  publisher: EventPublisher;
  logger: Logger;
  pollMs?: number;
  batchSize?: number;
  /** How often the whole collections are searched for events the register of writes did not see. */
  rescanMs?: number;
}

/**
 * Publishes the events waiting in aggregate documents, then removes them from the
 * documents. It can die at any point: an event is removed only after the broker
 * acknowledged it, so a crash re-publishes at worst (consumers are idempotent), never loses.
 */
export class OutboxRelay {
  private stopped = true;
  private wake: (() => void) | undefined;
  private loop: Promise<void> | undefined;
  private readonly log: Logger;
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly rescanMs: number;
  private nextRescanAt = 0;

  constructor(private readonly options: OutboxRelayOptions) {
    this.log = options.logger.child({ component: "outbox-relay" });
    this.pollMs = options.pollMs ?? 250;
    this.batchSize = options.batchSize ?? 200;
    this.rescanMs = options.rescanMs ?? 10 * 60_000;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = this.run();
  }

  /** Asks for a round now: called after a local write so its events leave without waiting for the poll. */
  nudge(): void {
    this.wake?.();
  }

  /** Stops polling, then tries one last round so that what was written is not left behind. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.wake?.();
    await this.loop;
    await this.flush().catch((err) => this.log.warn({ err }, "last outbox round failed; events stay for the next start"));
  }

  /**
   * Publishes everything pending now; returns how many events were published. Each round takes
   * the `batchSize` documents noted first, whatever their collection, reads them, and sends their
   * events in the order they happened: a consumer must not see a campaign's closing before an
   * answer given just before it because the two documents sit in different collections.
   *
   * Pending documents are found by `_id` through the register of this process's writes
   * (pending-outbox.ts); the whole collections are searched only at the first round and every
   * `rescanMs`, so that nothing written before a crash or by another process stays behind.
   */
  async flush(): Promise<number> {
    const { models } = this.options;
    if (performance.now() >= this.nextRescanAt) await this.rescan();
    let published = 0;
    while (hasPending(models)) {
      const taken = takePending(models, this.batchSize);
      try {
        const rounds = models.map((model) => ({ model, ids: taken.filter((t) => t.model === model).map((t) => t.id), docs: [] as PendingDocument[] }));
        for (const round of rounds) {
          if (round.ids.length === 0) continue;
          round.docs = (await round.model
            .find({ _id: { $in: round.ids }, outboxPending: true }, { outbox: 1, version: 1 })
            .lean()) as PendingDocument[];
        }
        // Array sort is stable: events of one document keep their order on equal times.
        const events = rounds.flatMap((r) => r.docs.flatMap((d) => d.outbox)).sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
        if (events.length > 0) await this.options.publisher.publish(events);
        // A few at a time: each is a round trip, and the documents are independent.
        const marks = rounds.flatMap(({ model, docs }) => docs.map((doc) => () => this.markPublished(model, doc)));
        for (let i = 0; i < marks.length; i += 16) await Promise.all(marks.slice(i, i + 16).map((mark) => mark()));
        for (const e of events) eventsPublished.inc({ type: e.type });
        published += events.length;
      } catch (err) {
        // Given back at the head of the queue, so the next round retries them first (a document already marked is skipped then).
        restorePending(taken);
        throw err;
      }
    }
    return published;
  }

  /**
   * Notes every document whose outbox is not empty, searching the whole collections, oldest
   * first across collections (by their first pending event) so that the queue keeps the order
   * the events happened in after a crash too.
   */
  private async rescan(): Promise<void> {
    const found: { model: Model<any>; id: unknown; since: string }[] = []; // eslint-disable-line @typescript-eslint/no-explicit-any -- any aggregate schema
    for (const model of this.options.models) {
      const docs = (await model.find({ outboxPending: true }, { _id: 1, "outbox.occurredAt": 1 }).lean()) as { _id: unknown; outbox?: { occurredAt: string }[] }[];
      for (const doc of docs) found.push({ model, id: doc._id, since: doc.outbox?.[0]?.occurredAt ?? "" });
    }
    found.sort((a, b) => a.since.localeCompare(b.since));
    for (const { model, id } of found) notePending(model.collection, id);
    this.nextRescanAt = performance.now() + this.rescanMs;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any aggregate schema
  private async markPublished(model: Model<any>, doc: PendingDocument): Promise<void> {
    const sent = new Set(doc.outbox.map((e) => e.id));
    let current: PendingDocument | null = doc;
    // Filtering on the version read makes this safe against a write that queued more events
    // meanwhile: then the filter misses, we read again and keep the new events.
    while (current) {
      const remaining: DomainEvent[] = current.outbox.filter((e) => !sent.has(e.id));
      const result = await model.updateOne(
        { _id: current._id, version: current.version },
        { $set: { outbox: remaining, outboxPending: remaining.length > 0 } },
      );
      if (result.matchedCount === 1) return;
      current = (await model.findById(current._id, { outbox: 1, version: 1 }).lean()) as PendingDocument | null;
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopped) {
      try {
        await this.flush();
        failures = 0;
      } catch (err) {
        failures++;
        outboxRelayFailures.inc();
        this.log.warn({ err, failures }, "outbox relay round failed; events stay in the outbox");
      }
      const delay = failures === 0 ? this.pollMs : Math.min(10_000, this.pollMs * 2 ** failures);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
