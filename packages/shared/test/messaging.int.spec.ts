import { randomUUID } from "node:crypto";
import mongoose, { Schema, type Connection } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectDatabase,
  createEvent,
  createEventPublisher,
  createKafka,
  createLogger,
  createProcessedEventStore,
  deadLetterTopic,
  ensureTopics,
  eventTopic,
  handleOnce,
  startConsumer,
  type DomainEvent,
  type RunningConsumer,
} from "../src/index.js";
import { eventFixture, isolatedTestEnvironment, readTopic, testKafka, testProducer, waitFor } from "../src/testing/index.js";

const env = isolatedTestEnvironment("messaging");
const logger = createLogger("messaging-test", "silent");
const kafka = createKafka({ clientId: "messaging-test", brokers: env.kafkaBrokers, logger });
const publisher = createEventPublisher(kafka, env.topicPrefix);
const topic = eventTopic(env.topicPrefix, "questionnaire");
let connection: Connection;

// A read model that counts what it was told: a handler that is not idempotent would count twice.
const tallySchema = new Schema({ _id: String, opened: Number, handledIds: [String] }, { versionKey: false });

function campaignOpened(caseId: string): DomainEvent {
  const golden = eventFixture("CampaignOpened");
  return createEvent("CampaignOpened", { caseId, departmentCode: "55", correlationId: randomUUID(), causationId: null }, golden.payload);
}

function tallyConsumer(groupId: string, dlq: string) {
  const tallies = connection.model(`Tally_${groupId}`, tallySchema);
  const store = createProcessedEventStore(connection);
  const consumer = startConsumer({
    kafka,
    groupId,
    topics: [topic],
    deadLetterTopic: dlq,
    logger,
    maxAttempts: 2,
    initialRetryMs: 50,
    handle: handleOnce(store, groupId, async (event) => {
      if (event.caseId.startsWith("poison")) throw new Error("this handler cannot handle poison");
      await tallies.updateOne({ _id: event.caseId }, { $inc: { opened: 1 }, $push: { handledIds: event.id } }, { upsert: true });
    }),
  });
  return { tallies, consumer };
}

beforeAll(async () => {
  connection = await connectDatabase(env.mongoUrl, env.dbName("messaging"));
  await ensureTopics(kafka, [topic, deadLetterTopic(env.topicPrefix, "g1"), deadLetterTopic(env.topicPrefix, "g2")], 3);
});

afterAll(async () => {
  await publisher.disconnect();
  await connection.dropDatabase();
  await connection.close();
  await mongoose.disconnect();
});

describe("consumer runner over the real broker", () => {
  let running: RunningConsumer | undefined;
  afterAll(async () => running?.stop());

  it("handles events published while it was down, and a redelivered event only once", async () => {
    const first = campaignOpened("case-55-2026");
    const second = campaignOpened("case-09-2026");
    // Published before any consumer of the group exists, the same event twice (a relay that
    // died after publishing and before marking does exactly this).
    await publisher.publish([first, first, second]);

    const { tallies, consumer } = tallyConsumer("g1", deadLetterTopic(env.topicPrefix, "g1"));
    running = consumer;
    const meuse = await waitFor(() => tallies.findById("case-55-2026").lean(), { what: "the Meuse tally" });
    await waitFor(() => tallies.findById("case-09-2026").lean(), { what: "the Ariège tally" });
    expect(meuse).toMatchObject({ opened: 1, handledIds: [first.id] });
    await waitFor(async () => consumer.isHealthy(), { what: "a healthy consumer" });
  });

  it("sends a message that fails its schema, or a handler that keeps failing, to the dead-letter topic and goes on", async () => {
    const dlq = deadLetterTopic(env.topicPrefix, "g2");
    const invalid = { ...eventFixture("CampaignClosed"), id: randomUUID(), caseId: "case-55-2026" } as Record<string, unknown>;
    (invalid.payload as Record<string, unknown>).rankedThemes = "premier";
    const producer = testProducer(testKafka(env.kafkaBrokers));
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        { key: "case-55-2026", value: JSON.stringify(invalid) },
        { key: "case-55-2026", value: "ceci n'est pas un événement" },
      ],
    });
    await producer.disconnect();
    const poison = campaignOpened("poison-1");
    const after = campaignOpened("case-55-2026");
    await publisher.publish([poison, after]);

    const { tallies, consumer } = tallyConsumer("g2", dlq);
    try {
      await waitFor(async () => (await tallies.findById("case-55-2026").lean())?.handledIds?.includes(after.id), {
        what: "the event after the bad ones",
      });
      const parked = await readTopic(testKafka(env.kafkaBrokers), dlq, 3);
      const reasons = parked.map((m) => m.headers?.["dlq-reason"]?.toString()).sort();
      expect(reasons).toEqual(["handler-failed", "invalid-event", "not-json"]);
      const invalidOne = parked.find((m) => m.headers?.["dlq-reason"]?.toString() === "invalid-event")!;
      expect(invalidOne.headers?.["dlq-error"]?.toString()).toContain("payload.rankedThemes");
      expect(invalidOne.headers?.["dlq-original-topic"]?.toString()).toBe(topic);
      expect(JSON.parse(invalidOne.value!.toString()).id).toBe(invalid.id);
      // The poison event was parked, not applied; the ones that matter were applied once.
      expect(await tallies.findById("poison-1").lean()).toBeNull();
      expect(consumer.isHealthy()).toBe(true);
    } finally {
      await consumer.stop();
    }
  });
});

describe("event publisher over the real broker", () => {
  it("publishes a backlog larger than the broker's request limit, in order, for one case", async () => {
    const caseId = `case-backlog-${randomUUID()}`;
    // 300 events of about 6 kB on one partition: 1.8 MB, over the broker's 1 MB per batch.
    const backlog = Array.from({ length: 300 }, () => ({ ...campaignOpened(caseId), payload: { ...campaignOpened(caseId).payload, title: "x".repeat(6000) } }) as DomainEvent);
    await publisher.publish(backlog);
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
    const messages = await readTopic(testKafka(env.kafkaBrokers), topic, offsets.reduce((n, o) => n + Number(o.high), 0));
    const mine = messages.filter((m) => m.key?.toString() === caseId).map((m) => JSON.parse(m.value!.toString()).id);
    expect(mine).toEqual(backlog.map((e) => e.id));
  });

  it("starts over with a new idempotent producer after a refused batch, and publishes the next one", async () => {
    let producersMade = 0;
    const counting = Object.create(kafka, {
      producer: { value: (...args: Parameters<typeof kafka.producer>) => (producersMade++, kafka.producer(...args)) },
    }) as typeof kafka;
    const own = createEventPublisher(counting, env.topicPrefix);
    try {
      await own.publish([campaignOpened("case-2a-2026")]);
      // Over the broker's 1 MB message limit: refused for good, as a producer whose sequence
      // numbers went astray is refused (which cannot be caused on purpose).
      const huge = { ...campaignOpened("case-2a-2026"), payload: { padding: "x".repeat(1_100_000) } } as unknown as DomainEvent;
      await expect(own.publish([huge])).rejects.toThrow();
      const after = campaignOpened("case-2b-2026");
      await own.publish([after]);
      expect(producersMade).toBe(2);
      const admin = kafka.admin();
      await admin.connect();
      const offsets = await admin.fetchTopicOffsets(topic).finally(() => admin.disconnect());
      const total = offsets.reduce((n, o) => n + Number(o.high), 0);
      const messages = await readTopic(testKafka(env.kafkaBrokers), topic, total);
      expect(messages.filter((m) => m.key?.toString() === "case-2b-2026").map((m) => JSON.parse(m.value!.toString()).id)).toContain(after.id);
    } finally {
      await own.disconnect();
    }
  });
});
