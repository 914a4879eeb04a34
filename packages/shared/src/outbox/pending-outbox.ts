import type { Collection, Model, Query, Schema } from "mongoose";

/**
 * Which documents of this process hold events not yet published, so that the relay reads them
 * by `_id` instead of searching a whole collection for `outboxPending: true` several times a
 * second: on FerretDB v1 (SQLite) a filter on any other field reads every document of the
 * collection, and that cost grows with every answer received.
 *
 * The register is only a shortcut: the truth stays `outboxPending` in the documents, which the
 * relay searches at start (after a crash the register is empty) and now and then (a write by
 * another process, such as an operator's script, is not seen here).
 *
 * One queue for every collection, in the order the writes were noted (each right after its
 * write, before the caller hears of it): the relay takes the oldest first, so a campaign's
 * closing cannot leave before answers accepted earlier that wait in another collection, however
 * long the queue. A document noted again keeps its place: its older events are still there.
 */
const pending = new Map<string, { collection: string; id: string }>();

function keyOf(collection: Collection): string {
  return `${collection.conn.name}/${collection.collectionName}`;
}

export function notePending(collection: Collection, id: unknown): void {
  if (typeof id !== "string") return;
  const key = keyOf(collection);
  const entry = `${key}\u0000${id}`;
  if (!pending.has(entry)) pending.set(entry, { collection: key, id });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any aggregate schema
type AnyModel = Model<any>;

/** A document taken from the register, to publish; given back with restorePending if that fails. */
export interface PendingEntry {
  model: AnyModel;
  id: string;
}

/** Takes out of the register the `limit` oldest noted documents of these models, oldest first. */
export function takePending(models: readonly AnyModel[], limit: number): PendingEntry[] {
  const byKey = new Map(models.map((model) => [keyOf(model.collection), model]));
  const taken: PendingEntry[] = [];
  for (const [entry, { collection, id }] of pending) {
    if (taken.length === limit) break;
    const model = byKey.get(collection);
    if (!model) continue;
    taken.push({ model, id });
    pending.delete(entry);
  }
  return taken;
}

/** Puts documents back at the head of the queue, in their order: newer ones must not overtake them. */
export function restorePending(entries: readonly PendingEntry[]): void {
  const rest = [...pending];
  pending.clear();
  for (const { model, id } of entries) notePending(model.collection, id);
  for (const [entry, value] of rest) if (!pending.has(entry)) pending.set(entry, value);
}

export function hasPending(models: readonly AnyModel[]): boolean {
  if (pending.size === 0) return false;
  const keys = new Set(models.map((model) => keyOf(model.collection)));
  for (const { collection } of pending.values()) if (keys.has(collection)) return true;
  return false;
}

type Update = Record<string, unknown> & { $set?: Record<string, unknown> };

function queuesEvents(update: unknown): boolean {
  const u = update as Update | null;
  return u?.outboxPending === true || u?.$set?.outboxPending === true;
}

/** Notes every document this process writes with events in its outbox, whatever the helper that wrote it. */
export function pendingOutboxPlugin(schema: Schema): void {
  schema.post("save", function (doc: { outboxPending?: boolean; _id?: unknown; collection: Collection }) {
    if (doc.outboxPending) notePending(doc.collection, doc._id);
  });
  for (const operation of ["updateOne", "findOneAndUpdate", "replaceOne"] as const) {
    schema.post(operation, function (this: Query<unknown, unknown>) {
      if (queuesEvents(this.getUpdate())) notePending(this.model.collection, (this.getFilter() as { _id?: unknown })._id);
    });
  }
}
