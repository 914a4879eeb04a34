// The limits of the parts underneath, measured on the same machine in the same run: how
// many single-document writes per second the database takes, and how many events per
// second go through the broker from producer to consumer, with documents and events of the
// size the pipeline really handles.
import { randomUUID } from "node:crypto";
import { BSON, MongoClient, Partitioners, benchKafka } from "./drivers.mjs";
import { sleep } from "./stats.mjs";

/** Real submission documents (questionnaire `responses`) and their mean BSON size. */
export async function sampleSubmissionDocuments(environment, count = 50) {
  const client = await MongoClient.connect(environment.mongoUrl);
  try {
    const docs = await client.db(environment.dbName("questionnaire")).collection("responses").find({}).limit(count).toArray();
    const mean = docs.reduce((sum, d) => sum + BSON.calculateObjectSize(d), 0) / Math.max(1, docs.length);
    return { docs, meanBytes: Math.round(mean) };
  } finally {
    await client.close();
  }
}

/**
 * insertOne, one document per request, for `durationMs`, with `concurrency` requests in
 * flight (1 = each write waits for the previous one), into a scratch database dropped after.
 */
export async function rawDatabaseWriteRate(environment, docs, { concurrency, durationMs }) {
  const client = await MongoClient.connect(environment.mongoUrl, { maxPoolSize: Math.max(10, concurrency) });
  const db = client.db(environment.dbName(`raw_${concurrency}`));
  try {
    const collection = db.collection("writes");
    await collection.insertOne({ _id: "warm-up" });
    let written = 0;
    let next = 0;
    const startedAt = performance.now();
    const deadline = startedAt + durationMs;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          const { _id, ...copy } = docs[next++ % docs.length];
          await collection.insertOne({ ...copy, _id: `${_id}-${randomUUID()}` });
          written++;
        }
      }),
    );
    return { writes: written, perSecond: written / ((performance.now() - startedAt) / 1000) };
  } finally {
    await db.dropDatabase().catch(() => {});
    await client.close();
  }
}

/** Real ResponseSubmitted messages from the run's questionnaire topic. */
export async function sampleSubmissionEvents(environment, count = 50) {
  const kafka = benchKafka(environment, `${environment.run}-sampler`);
  const consumer = kafka.consumer({ groupId: `${environment.run}-sampler` });
  const values = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic: `${environment.topicPrefix}questionnaire.events`, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        if (values.length < count && message.value?.includes('"type":"ResponseSubmitted"')) values.push({ key: message.key, value: message.value });
      },
    });
    const deadline = Date.now() + 30_000;
    while (values.length < count && Date.now() < deadline) await sleep(100);
  } finally {
    await consumer.disconnect();
  }
  if (values.length === 0) throw new Error("no ResponseSubmitted event found on the run's topic");
  return { messages: values, meanBytes: Math.round(values.reduce((s, m) => s + m.value.length, 0) / values.length) };
}

/**
 * Produces `count` copies of the sampled events on a scratch topic (3 partitions, like the
 * services' topics; acks from all replicas and idempotence, like the outbox relay), in
 * batches of `batchSize` with a few sends in flight, while one consumer reads them: the rate
 * is from the first send to the last message consumed. The topic is deleted after.
 */
export async function rawBrokerRate(environment, messages, { count, batchSize = 200, inFlight = 4 }) {
  const kafka = benchKafka(environment, `${environment.run}-raw-broker`);
  const topic = `${environment.topicPrefix}raw-broker-${randomUUID().slice(0, 8)}`;
  const admin = kafka.admin();
  await admin.connect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  const consumer = kafka.consumer({ groupId: `${topic}-reader` });
  try {
    await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: -1 }], waitForLeaders: true });
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let consumed = 0;
    let lastConsumedAt = 0;
    await consumer.run({
      eachBatch: async ({ batch }) => {
        consumed += batch.messages.length;
        lastConsumedAt = performance.now();
      },
    });
    // Let the consumer join its group before the clock starts.
    await sleep(3000);
    const startedAt = performance.now();
    let sent = 0;
    const senders = Array.from({ length: inFlight }, async () => {
      while (sent < count) {
        const size = Math.min(batchSize, count - sent);
        const batch = Array.from({ length: size }, (_, i) => messages[(sent + i) % messages.length]);
        sent += size;
        await producer.send({ topic, acks: -1, messages: batch.map((m, i) => ({ key: `${m.key}-${i % 64}`, value: m.value })) });
      }
    });
    await Promise.all(senders);
    const producedAt = performance.now();
    const deadline = Date.now() + 120_000;
    while (consumed < count && Date.now() < deadline) await sleep(20);
    return {
      events: consumed,
      perSecond: consumed / ((lastConsumedAt - startedAt) / 1000),
      producePerSecond: count / ((producedAt - startedAt) / 1000),
    };
  } finally {
    await consumer.disconnect().catch(() => {});
    await producer.disconnect().catch(() => {});
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    await admin.disconnect();
  }
}
