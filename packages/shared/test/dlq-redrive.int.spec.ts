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
} from "../src/index.js";
import { redriveDeadLetters } from "../src/kafka/dlq-redrive.js";
import { eventFixture, isolatedTestEnvironment, readTopic, testKafka, waitFor } from "../src/testing/index.js";

const env = isolatedTestEnvironment("redrive");
const logger = createLogger("redrive-test", "silent");
const kafka = createKafka({ clientId: "redrive-test", brokers: env.kafkaBrokers, logger });
const publisher = createEventPublisher(kafka, env.topicPrefix);
const topic = eventTopic(env.topicPrefix, "questionnaire");
// The consumer stands for the workshops service: its dead letters are the ones redriven.
const service = "workshops";
const dlq = deadLetterTopic(env.topicPrefix, service);
let connection: Connection;

function campaignOpened(caseId: string): DomainEvent {
  const golden = eventFixture("CampaignOpened");
  return createEvent("CampaignOpened", { caseId, departmentCode: "55", correlationId: randomUUID(), causationId: null }, golden.payload);
}

beforeAll(async () => {
  connection = await connectDatabase(env.mongoUrl, env.dbName("redrive"));
  await ensureTopics(kafka, [topic, dlq], 3);
});

afterAll(async () => {
  await publisher.disconnect();
  await connection.dropDatabase();
  await connection.close();
  await mongoose.disconnect();
});

describe("redriving dead letters", () => {
  it("brings back an event parked for a missing prerequisite once it is there, handled once, and only once", async () => {
    // A read model that needs its case to be known first: what a handler meets when an
    // operator has yet to load a referential, or another service's event came late.
    const knownCases = new Set<string>();
    const tallies = connection.model("Tally", new Schema({ _id: String, handledIds: [String] }, { versionKey: false }));
    const consumer = startConsumer({
      kafka,
      groupId: `${env.topicPrefix}${service}`,
      topics: [topic],
      deadLetterTopic: dlq,
      logger,
      maxAttempts: 2,
      initialRetryMs: 50,
      handle: handleOnce(createProcessedEventStore(connection), service, async (event) => {
        if (!knownCases.has(event.caseId)) throw new Error(`unknown case ${event.caseId}: its referential is not loaded`);
        await tallies.updateOne({ _id: event.caseId }, { $push: { handledIds: event.id } }, { upsert: true });
      }),
    });
    try {
      knownCases.add("case-55-2026");
      const refused = campaignOpened("case-88-2026");
      const fine = campaignOpened("case-55-2026");
      await publisher.publish([refused, fine]);
      await waitFor(() => tallies.findById("case-55-2026").lean(), { what: "the event after the refused one" });
      const [parked] = await readTopic(testKafka(env.kafkaBrokers), dlq, 1);
      expect(parked!.headers?.["dlq-reason"]?.toString()).toBe("handler-failed");
      expect(parked!.headers?.["event-id"]?.toString()).toBe(refused.id);

      // A dry run lists it and changes nothing: the next real run still finds it.
      const dry = await redriveDeadLetters({ kafka, topicPrefix: env.topicPrefix, service, dryRun: true });
      expect(dry.letters).toMatchObject([{ eventId: refused.id, reason: "handler-failed", originalTopic: topic, redriven: false }]);

      knownCases.add("case-88-2026"); // the cause is fixed
      const first = await redriveDeadLetters({ kafka, topicPrefix: env.topicPrefix, service });
      expect(first.letters).toMatchObject([{ eventId: refused.id, redriven: true }]);
      const handled = await waitFor(() => tallies.findById("case-88-2026").lean(), { what: "the redriven event to be handled" });
      expect(handled.handledIds).toEqual([refused.id]);

      const second = await redriveDeadLetters({ kafka, topicPrefix: env.topicPrefix, service });
      expect(second.letters).toEqual([]);
      // Nothing came back a second time, and the dead-letter topic holds only the first failure.
      await publisher.publish([campaignOpened("case-55-2026")]);
      await waitFor(async () => (await tallies.findById("case-55-2026").lean())?.handledIds?.length === 2, { what: "a later event" });
      expect((await tallies.findById("case-88-2026").lean())?.handledIds).toEqual([refused.id]);
      expect((await offsetsOf(dlq)).reduce((n, p) => n + Number(p.high) - Number(p.low), 0)).toBe(1);
    } finally {
      await consumer.stop();
    }
  });
});

async function offsetsOf(name: string) {
  const admin = kafka.admin();
  await admin.connect();
  try {
    return await admin.fetchTopicOffsets(name);
  } finally {
    await admin.disconnect();
  }
}
