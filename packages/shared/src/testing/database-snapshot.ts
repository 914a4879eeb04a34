import { createHash } from "node:crypto";
import mongoose from "mongoose";

/** Each collection's document count and a hash of its documents in _id order. */
export type DatabaseSnapshot = Record<string, { count: number; hash: string }>;

/**
 * Looks at a service's database from outside, to tell whether a refused call wrote anything.
 * Reads every document: meant for the small databases of a test. `volatileFields` names, by
 * collection, the fields any call may change whatever its answer (a session's last use, touched
 * by every call that brings its cookie): left out of the snapshot, the rest of the document kept.
 */
export async function databaseWatcher(mongoUrl: string, dbName: string, volatileFields: Record<string, string[]> = {}) {
  const connection = await mongoose.createConnection(mongoUrl, { dbName, serverSelectionTimeoutMS: 5000 }).asPromise();
  const db = connection.db!;
  const EJSON = mongoose.mongo.BSON.EJSON;

  async function snapshot(): Promise<DatabaseSnapshot> {
    const collections = (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name).sort();
    // In parallel: the database answers each query in tens of milliseconds, whatever its size.
    const entries = await Promise.all(
      collections.map(async (name) => {
        const projection = Object.fromEntries((volatileFields[name] ?? []).map((field) => [field, 0]));
        const documents = await db.collection(name).find({}, { projection }).sort({ _id: 1 }).toArray();
        const hash = createHash("sha256");
        for (const document of documents) hash.update(EJSON.stringify(document, { relaxed: false })).update("\n");
        return [name, { count: documents.length, hash: hash.digest("hex").slice(0, 16) }] as const;
      }),
    );
    return Object.fromEntries(entries);
  }

  /**
   * A snapshot once the service is idle: the outbox relay and the consumers finish what earlier
   * calls started (they write asynchronously), so two snapshots in a row must agree.
   */
  async function settled({ intervalMs = 300, timeoutMs = 20_000 } = {}): Promise<DatabaseSnapshot> {
    const deadline = Date.now() + timeoutMs;
    let previous = await snapshot();
    for (;;) {
      await new Promise((r) => setTimeout(r, intervalMs));
      const current = await snapshot();
      if (JSON.stringify(current) === JSON.stringify(previous)) return current;
      if (Date.now() > deadline) throw new Error(`the database ${dbName} kept changing for ${timeoutMs} ms`);
      previous = current;
    }
  }

  return { snapshot, settled, close: () => connection.close() };
}
export type DatabaseWatcher = Awaited<ReturnType<typeof databaseWatcher>>;

/** The collections that differ between two snapshots, named, for a readable failure. */
export function snapshotDifferences(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names
    .filter((n) => JSON.stringify(before[n]) !== JSON.stringify(after[n]))
    .map((n) => `${n}: ${before[n]?.count ?? "absent"} → ${after[n]?.count ?? "absent"} documents${before[n] && after[n] && before[n].count === after[n].count ? " (changed)" : ""}`);
}
