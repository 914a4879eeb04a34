import type { Model, UpdateQuery } from "mongoose";
import type { DomainEvent } from "../events/catalogue.js";
import { conflict } from "../http/trpc.js";
import { withEvents, type OutboxDocument } from "../outbox/outbox-fields.js";

export type SaveOptions = {
  /** The 409's message when someone else wrote first, in the service's words (what to reload). */
  changedMeanwhile: string;
} & (
  | { events?: undefined; eventsQueued?: () => void }
  /** Queued events are published sooner when the relay is told at once. */
  | { events: readonly DomainEvent[]; eventsQueued: () => void }
);

/**
 * Writes a change, and the events it emits, in one update filtered on the version the
 * decision was taken at: when another write came first nothing is written and the caller is
 * told to reload (409), never silently overwritten. Answers the new version.
 */
export async function saveAtVersion<T extends OutboxDocument>(
  model: Model<T>,
  at: { _id: unknown; version: number },
  update: UpdateQuery<NoInfer<T>>,
  options: SaveOptions,
): Promise<number> {
  const events = options.events ?? [];
  const result = await model.updateOne({ _id: at._id, version: at.version }, withEvents<T>(update, events));
  if (result.matchedCount === 0) conflict(options.changedMeanwhile);
  if (events.length > 0) options.eventsQueued?.();
  return at.version + 1;
}
