// Drops what a bench run created: its databases (one per service, plus the raw-rate
// scratch one) and its topics (the services' and the raw-rate scratch one).
import { MongoClient, benchKafka } from "./drivers.mjs";

/** Drops every database and topic whose name starts with the run's prefix. */
export async function dropBenchData(environment) {
  const dbPrefix = environment.dbName("");
  const client = await MongoClient.connect(environment.mongoUrl, { serverSelectionTimeoutMS: 5000 });
  try {
    const { databases } = await client.db("admin").admin().listDatabases({ nameOnly: true });
    for (const { name } of databases) if (name.startsWith(dbPrefix)) await client.db(name).dropDatabase();
  } finally {
    await client.close();
  }
  const admin = benchKafka(environment).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(environment.topicPrefix));
    if (topics.length > 0) await admin.deleteTopics({ topics, timeout: 30_000 });
  } finally {
    await admin.disconnect();
  }
}
