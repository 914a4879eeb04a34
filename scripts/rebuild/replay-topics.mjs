// Feeds a handler every event of some topics, from offset 0 to where they ended when the
// replay began, the way the service's consumer would have: in order within each partition.
import { randomUUID } from "node:crypto";
import { EventParseError, isTransientError, parseEventBytes } from "@tetris/shared";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function replayTopics({ kafka, topics, groupPrefix, handle, logger, timeoutMs = 600_000 }) {
  const admin = kafka.admin();
  await admin.connect();
  // A group of its own that nothing else uses: the live service's offsets are not touched.
  const groupId = `${groupPrefix}.rebuild-${randomUUID().slice(0, 8)}`;
  const stats = { handled: 0, notEvents: 0, failed: [] };
  const pending = new Map();
  for (const topic of topics) {
    for (const p of await admin.fetchTopicOffsets(topic)) {
      if (BigInt(p.high) > BigInt(p.low)) pending.set(`${topic}:${p.partition}`, BigInt(p.high));
    }
  }
  if (pending.size === 0) {
    await admin.disconnect();
    return stats;
  }
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  let settle;
  const done = new Promise((resolve) => (settle = resolve));
  try {
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ topic, partition, message }) => {
        const key = `${topic}:${partition}`;
        const end = pending.get(key);
        if (end === undefined || BigInt(message.offset) >= end) return;
        await handleMessage(topic, partition, message);
        if (BigInt(message.offset) + 1n >= end) pending.delete(key);
        if (pending.size === 0) settle();
      },
    });
    let timer;
    await Promise.race([
      done,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`replay not finished after ${timeoutMs} ms`)), timeoutMs))),
    ]).finally(() => clearTimeout(timer));
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
  return stats;

  async function handleMessage(topic, partition, message) {
    let event;
    try {
      event = parseEventBytes(message.value);
    } catch (err) {
      // The live consumer parked these on its dead-letter topic: they changed nothing there either.
      if (!(err instanceof EventParseError)) throw err;
      stats.notEvents++;
      return;
    }
    for (let attempt = 1; ; attempt++) {
      try {
        await handle(event, logger);
        stats.handled++;
        return;
      } catch (err) {
        if (!isTransientError(err) && attempt >= 3) {
          stats.failed.push({ topic, partition, offset: message.offset, type: event.type, id: event.id, error: err.message });
          return;
        }
        await sleep(200 * attempt);
      }
    }
  }
}
