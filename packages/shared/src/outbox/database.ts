import mongoose, { type Connection, type Model } from "mongoose";

/**
 * One connection per service database. Commands fail at once when the database is
 * unreachable instead of waiting in a buffer, so an outage shows in /readyz and in errors.
 */
export async function connectDatabase(url: string, dbName: string): Promise<Connection> {
  const connection = mongoose.createConnection(url, {
    dbName,
    bufferCommands: false,
    serverSelectionTimeoutMS: 5000,
    autoIndex: false,
  });
  await connection.asPromise();
  return connection;
}

/** Builds the declared indexes before traffic is accepted: a unique index must exist before it is relied on. */
export async function ensureIndexes(connection: Connection): Promise<void> {
  for (const model of Object.values(connection.models)) {
    await model.createCollection().catch((err: { code?: number }) => {
      if (err.code !== 48) throw err; // 48: the collection exists already
    });
    await model.createIndexes();
  }
}

/** MongoDB's E11000: the unique key exists already. */
export function isDuplicateKeyError(err: unknown): boolean {
  return (err as { code?: number } | null)?.code === 11000;
}

/**
 * Inserts a document whose id is derived from what caused it; false when it exists already,
 * which is how a redelivered event learns that its work was done.
 */
export async function insertOnce<T>(model: Model<T>, doc: Partial<T>): Promise<boolean> {
  try {
    await model.create(doc);
    return true;
  } catch (err) {
    if (isDuplicateKeyError(err)) return false;
    throw err;
  }
}
