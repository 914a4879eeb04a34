import mongoose, { type Connection, type Model, type ProjectionType } from "mongoose";

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

/** Inserts documents whose ids are derived from what caused them, skipping those that exist already. */
export async function insertAllOnce<T>(model: Model<T>, docs: Partial<T>[]): Promise<void> {
  if (docs.length === 0) return;
  try {
    await model.insertMany(docs, { ordered: false });
  } catch (err) {
    const writeErrors = (err as { writeErrors?: unknown[] }).writeErrors;
    if (writeErrors?.length && writeErrors.every(isDuplicateKeyError)) return;
    if (!writeErrors && isDuplicateKeyError(err)) return;
    throw err;
  }
}

/**
 * The documents with these ids, in chunks. On FerretDB v1 a filter on `_id` is the only one
 * answered through an index; a list whose ids are known (a campaign's responses are keyed by
 * its invitations) is read this way rather than by a field that reads the whole collection.
 */
export async function findByIds<T>(model: Model<T>, ids: readonly string[], projection?: ProjectionType<T>): Promise<T[]> {
  const found: T[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    found.push(...((await model.find({ _id: { $in: chunk } } as never, projection).lean()) as T[]));
  }
  return found;
}
