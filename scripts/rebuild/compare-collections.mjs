// Compares a read model's collections in two databases, document by document, leaving out
// the fields written at handling time (they can only differ).

/** JSON with object keys sorted, so that equal documents give equal text whatever their field order. */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (value && typeof value === "object" && !(value._bsontype)) {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export async function compareCollections(liveDb, rebuiltDb, collections, volatileFields = {}) {
  const results = [];
  for (const name of collections) {
    const normalised = async (db) => {
      const docs = await db.collection(name).find({}).toArray();
      return new Map(
        docs.map((doc) => {
          const copy = { ...doc };
          for (const field of volatileFields[name] ?? []) delete copy[field];
          return [String(doc._id), canonical(copy)];
        }),
      );
    };
    const [live, rebuilt] = [await normalised(liveDb), await normalised(rebuiltDb)];
    // onlyLive: what the events do not account for; onlyRebuilt: what the live model lost.
    const onlyLive = [...live.keys()].filter((id) => !rebuilt.has(id));
    const onlyRebuilt = [...rebuilt.keys()].filter((id) => !live.has(id));
    const different = [...live.keys()].filter((id) => rebuilt.has(id) && rebuilt.get(id) !== live.get(id));
    results.push({ collection: name, live: live.size, rebuilt: rebuilt.size, onlyLive, onlyRebuilt, different });
  }
  return results;
}
