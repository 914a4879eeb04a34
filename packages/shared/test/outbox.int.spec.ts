import { randomUUID } from "node:crypto";
import { Schema, type Connection } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectDatabase,
  createEvent,
  createEventPublisher,
  createKafka,
  createLogger,
  ensureIndexes,
  ensureTopics,
  eventTopic,
  newWithEvents,
  OutboxRelay,
  outboxPlugin,
  withEvents,
  type DomainEvent,
  type OutboxDocument,
} from "../src/index.js";
import { isolatedTestEnvironment, readTopic, testKafka, waitFor } from "../src/testing/index.js";

const env = isolatedTestEnvironment("outbox");
const logger = createLogger("outbox-test", "silent");
const kafka = createKafka({ clientId: "outbox-test", brokers: env.kafkaBrokers, logger });
const publisher = createEventPublisher(kafka, env.topicPrefix);
let connection: Connection;

interface Delivery extends OutboxDocument {
  _id: string;
  status: string;
}
const deliverySchema = new Schema<Delivery>({ _id: String, status: String }, { versionKey: false });
deliverySchema.plugin(outboxPlugin);

const delivered = (projectId: string, caseId: string): DomainEvent =>
  createEvent(
    "ProjectDelivered",
    { caseId, departmentCode: "09", correlationId: randomUUID(), causationId: null },
    { projectId, deliveredAt: new Date().toISOString() },
  );

beforeAll(async () => {
  connection = await connectDatabase(env.mongoUrl, env.dbName("outbox"));
  connection.model("Delivery", deliverySchema);
  await ensureIndexes(connection);
  await ensureTopics(kafka, [eventTopic(env.topicPrefix, "projects")], 3);
});

afterAll(async () => {
  await publisher.disconnect();
  await connection.dropDatabase();
  await connection.close();
});

/** The ids of a case's events on the topic, read until `count` are there (one partition per case: in the order published). */
async function caseEventIds(caseId: string, count: number): Promise<string[]> {
  let mine: string[] = [];
  await waitFor(async () => {
    const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "projects"), count);
    mine = messages.filter((m) => m.key?.toString() === caseId).map((m) => JSON.parse(m.value!.toString()).id);
    return mine.length >= count;
  });
  return mine;
}

describe("outbox relay", () => {
  it("publishes, in order, what a process wrote before dying, then empties the outbox", async () => {
    const deliveries = connection.model<Delivery>("Delivery");
    const caseId = `case-09-${randomUUID()}`;
    const events = [delivered("p-1", caseId), delivered("p-2", caseId), delivered("p-3", caseId)];
    // The state change and its first events in one insert, two more in one update: then the
    // "process" stops without ever publishing.
    await deliveries.create({ _id: "d-1", status: "created", ...newWithEvents([events[0]!]) });
    await deliveries.updateOne({ _id: "d-1", version: 1 }, withEvents({ $set: { status: "delivered" } }, events.slice(1)));
    expect(await deliveries.findById("d-1").lean()).toMatchObject({ version: 2, outboxPending: true });

    // A relay of the restarted process finds them.
    const relay = new OutboxRelay({ models: [deliveries], publisher, logger });
    expect(await relay.flush()).toBe(3);
    const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "projects"), 3);
    const mine = messages.filter((m) => m.key?.toString() === caseId).map((m) => JSON.parse(m.value!.toString()).id);
    expect(mine).toEqual(events.map((e) => e.id));
    expect(await deliveries.findById("d-1").lean()).toMatchObject({ outbox: [], outboxPending: false, status: "delivered" });
    expect(await relay.flush()).toBe(0);
  });

  it("publishes the events of documents in different collections in the order they happened", async () => {
    const deliveries = connection.model<Delivery>("Delivery");
    const audits = connection.models.Audit ?? connection.model<Delivery>("Audit", deliverySchema.clone(), "audits");
    const caseId = `case-09-${randomUUID()}`;
    const at = (event: DomainEvent, iso: string): DomainEvent => ({ ...event, occurredAt: iso });
    // An answer (first collection's model listed last) happened before a closing.
    const first = at(delivered("p-20", caseId), "2026-03-01T10:00:00.000Z");
    const second = at(delivered("p-21", caseId), "2026-03-01T10:00:01.000Z");
    const third = at(delivered("p-22", caseId), "2026-03-01T10:00:02.000Z");
    await deliveries.create({ _id: "d-20", status: "closed", ...newWithEvents([second]) });
    await audits.create({ _id: "a-20", status: "answered", ...newWithEvents([first, third]) });
    expect(await new OutboxRelay({ models: [deliveries, audits], publisher, logger }).flush()).toBe(3);
    const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "projects"), 6);
    const mine = messages.filter((m) => m.key?.toString() === caseId).map((m) => JSON.parse(m.value!.toString()).id);
    expect(mine).toEqual([first.id, second.id, third.id]);
  });

  it("keeps that order across rounds: a closing written after many answers waiting in another collection leaves after them", async () => {
    const deliveries = connection.model<Delivery>("Delivery");
    const audits = connection.models.Audit ?? connection.model<Delivery>("Audit", deliverySchema.clone(), "audits");
    const caseId = `case-09-${randomUUID()}`;
    // Twelve answers pending (a backlog longer than a round), then the closing in the other collection.
    const answers = Array.from({ length: 12 }, (_, i) => delivered(`p-3${i}`, caseId));
    for (const [i, answer] of answers.entries()) await audits.create({ _id: `a-3${i}-${caseId}`, status: "answered", ...newWithEvents([answer]) });
    const closing = delivered("p-39", caseId);
    await deliveries.create({ _id: `d-39-${caseId}`, status: "closed", ...newWithEvents([closing]) });
    const relay = new OutboxRelay({ models: [deliveries, audits], publisher, logger, batchSize: 5 });
    expect(await relay.flush()).toBeGreaterThanOrEqual(13);
    expect(await caseEventIds(caseId, 13)).toEqual([...answers.map((a) => a.id), closing.id]);
  });

  it("keeps that order after a crash too, when the documents are found by searching the collections", async () => {
    const deliveries = connection.model<Delivery>("Delivery");
    const audits = connection.models.Audit ?? connection.model<Delivery>("Audit", deliverySchema.clone(), "audits");
    const caseId = `case-09-${randomUUID()}`;
    const at = (event: DomainEvent, second: number): DomainEvent => ({ ...event, occurredAt: new Date(Date.UTC(2026, 2, 1, 10, 0, second)).toISOString() });
    const answers = Array.from({ length: 7 }, (_, i) => at(delivered(`p-4${i}`, caseId), i));
    const closing = at(delivered("p-49", caseId), 30);
    // Written with the driver: no register saw them, as after a crash. The closing is written first.
    await deliveries.collection.insertOne({ _id: `d-49-${caseId}`, status: "closed", ...newWithEvents([closing]) } as never);
    for (const [i, answer] of answers.entries()) await audits.collection.insertOne({ _id: `a-4${i}-${caseId}`, status: "answered", ...newWithEvents([answer]) } as never);
    expect(await new OutboxRelay({ models: [deliveries, audits], publisher, logger, batchSize: 3 }).flush()).toBeGreaterThanOrEqual(8);
    expect(await caseEventIds(caseId, 8)).toEqual([...answers.map((a) => a.id), closing.id]);
  });

  it("keeps the events a concurrent write queued while a round was publishing, and publishes them next", async () => {
    const deliveries = connection.model<Delivery>("Delivery");
    const caseId = `case-09-${randomUUID()}`;
    const early = delivered("p-9", caseId);
    const late = delivered("p-10", caseId);
    await deliveries.create({ _id: "d-2", status: "created", ...newWithEvents([early]) });
    const batches: string[][] = [];
    const racingPublisher = {
      async publish(batch: readonly DomainEvent[]) {
        if (batches.length === 0) await deliveries.updateOne({ _id: "d-2", version: 1 }, withEvents({ $set: { status: "late" } }, [late]));
        batches.push(batch.map((e) => e.id));
        await publisher.publish(batch);
      },
      disconnect: async () => undefined,
    };
    expect(await new OutboxRelay({ models: [deliveries], publisher: racingPublisher, logger }).flush()).toBe(2);
    expect(batches).toEqual([[early.id], [late.id]]);
    const after = await deliveries.findById("d-2").lean();
    expect(after?.outbox).toEqual([]);
    expect(after?.outboxPending).toBe(false);
  });

  it("finds at its first round the events written before it started, by another process or before a crash", async () => {
    const deliveries = connection.model<Delivery>("Delivery");
    const caseId = `case-11-${randomUUID()}`;
    const event = delivered("p-11", caseId);
    // Written with the driver, not the model: no register of this process saw it.
    await deliveries.collection.insertOne({ _id: "d-11", status: "created", ...newWithEvents([event]) } as never);
    expect(await new OutboxRelay({ models: [deliveries], publisher, logger }).flush()).toBeGreaterThanOrEqual(1);
    expect((await deliveries.findById("d-11").lean())?.outboxPending).toBe(false);
  });

  it("lets exactly one of several concurrent writes at the same version win, and loses no concurrent update", async () => {
    const deliveries = connection.model<Delivery>("Delivery");
    await deliveries.create({ _id: "d-3", status: "created", ...newWithEvents([]) });
    const attempts = await Promise.all(
      Array.from({ length: 10 }, (_, i) => deliveries.updateOne({ _id: "d-3", version: 1 }, withEvents({ $set: { status: `edit-${i}` } }, []))),
    );
    expect(attempts.filter((r) => r.matchedCount === 1)).toHaveLength(1);
    await Promise.all(Array.from({ length: 10 }, () => deliveries.updateOne({ _id: "d-3" }, { $inc: { version: 1 } })));
    expect((await deliveries.findById("d-3").lean())?.version).toBe(12);
  });
});
