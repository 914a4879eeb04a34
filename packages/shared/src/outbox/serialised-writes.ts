import type { Query, Schema } from "mongoose";

/**
 * FerretDB v1 (the local MongoDB-compatible server) does not isolate concurrent updates of
 * one document: two `updateOne` on the same `_id` may both read the old document and the
 * last write wins, even when both filter on the same version (measured: 20 concurrent
 * `$inc` on one document leave it at +2). MongoDB does not do this. Until the database is a
 * real MongoDB, the writes of one process to one document are queued here, one at a time;
 * a service that runs on FerretDB must therefore run as a single instance.
 */
const queues = new Map<string, Promise<void>>();

async function acquire(key: string): Promise<() => void> {
  const previous = queues.get(key) ?? Promise.resolve();
  let release!: () => void;
  const current = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => current);
  queues.set(key, tail);
  await previous;
  return () => {
    release();
    if (queues.get(key) === tail) queues.delete(key);
  };
}

type Locked = Query<unknown, unknown> & { releaseDocumentLock?: () => void };
const operations = ["updateOne", "findOneAndUpdate", "replaceOne"] as const;

/** Queues a process's writes per document (see above); reads are not affected. */
export function serialisedWritesPlugin(schema: Schema): void {
  for (const operation of operations) {
    schema.pre(operation, async function (this: Locked) {
      const id = (this.getFilter() as { _id?: unknown })._id;
      if (typeof id !== "string" && typeof id !== "number") return;
      this.releaseDocumentLock = await acquire(`${this.model.collection.collectionName}:${String(id)}`);
    });
    schema.post(operation, function (this: Locked) {
      this.releaseDocumentLock?.();
    });
    schema.post(operation, function (this: Locked, error: Error, _result: unknown, next: (err?: Error) => void) {
      this.releaseDocumentLock?.();
      next(error);
    });
  }
}
