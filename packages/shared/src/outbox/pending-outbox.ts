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
 */
const pending = new Map<string, Set<string>>();

function keyOf(collection: Collection): string {
  return `${collection.conn.name}/${collection.collectionName}`;
}

export function notePending(collection: Collection, id: unknown): void {
  if (typeof id !== "string") return;
  const key = keyOf(collection);
  let ids = pending.get(key);
  if (!ids) pending.set(key, (ids = new Set()));
  ids.add(id);
}

/** Takes up to `limit` noted ids of the model out of the register; the caller notes back those it could not publish. */
export function takePending(model: Model<any>, limit: number): string[] { // eslint-disable-line @typescript-eslint/no-explicit-any -- any aggregate schema
  const ids = pending.get(keyOf(model.collection));
  if (!ids) return [];
  const taken: string[] = [];
  for (const id of ids) {
    if (taken.length === limit) break;
    taken.push(id);
    ids.delete(id);
  }
  return taken;
}

export function hasPending(model: Model<any>): boolean { // eslint-disable-line @typescript-eslint/no-explicit-any -- any aggregate schema
  return (pending.get(keyOf(model.collection))?.size ?? 0) > 0;
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
