import { Schema, type UpdateQuery } from "mongoose";
import type { DomainEvent } from "../events/catalogue.js";
import { pendingOutboxPlugin } from "./pending-outbox.js";
import { serialisedWritesPlugin } from "./serialised-writes.js";

/**
 * The fields an aggregate document carries so that its state and the events it emits are
 * written in one document write (FerretDB, like any MongoDB without a replica set, has no
 * multi-document transaction): `version` for optimistic concurrency, `outbox` for the events
 * not yet published, `outboxPending` so that the relay can find them after a restart.
 */
export function outboxPlugin(schema: Schema): void {
  schema.add({
    version: { type: Number, required: true, default: 1 },
    outbox: { type: [Schema.Types.Mixed], default: [] },
    outboxPending: { type: Boolean, required: true, default: false },
  });
  schema.index({ outboxPending: 1 });
  schema.plugin(serialisedWritesPlugin);
  schema.plugin(pendingOutboxPlugin);
}

export interface OutboxDocument {
  version: number;
  outbox: DomainEvent[];
  outboxPending: boolean;
}

/** The fields of a new aggregate document that emits `events` as it is created. */
export function newWithEvents(events: readonly DomainEvent[]): OutboxDocument {
  return { version: 1, outbox: [...events], outboxPending: events.length > 0 };
}

/**
 * Turns a state update into the single atomic update that also bumps the version and queues
 * the events. Apply it with a filter on the version the decision was taken at
 * (`{ _id, version }`): no match means someone else changed the document meanwhile.
 */
export function withEvents<T>(update: UpdateQuery<NoInfer<T>>, events: readonly DomainEvent[]): UpdateQuery<T> {
  const { $set, $inc, $push, ...rest } = update as Record<string, Record<string, unknown> | undefined>;
  if ($inc && "version" in $inc) throw new Error("withEvents owns the version field");
  const result: Record<string, unknown> = { ...rest, $inc: { ...$inc, version: 1 } };
  if (events.length === 0) {
    if ($set) result.$set = $set;
    if ($push) result.$push = $push;
    return result as UpdateQuery<T>;
  }
  result.$set = { ...$set, outboxPending: true };
  result.$push = { ...$push, outbox: { $each: [...events] } };
  return result as UpdateQuery<T>;
}
