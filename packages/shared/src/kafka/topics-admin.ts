import type { Kafka } from "kafkajs";
import { eventProducers } from "../events/envelope.js";
import { deadLetterTopic, eventTopic } from "../events/topics.js";

/** Creates the topics that are missing; existing ones are left as they are. */
export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    // Another service may create the same topics at the same moment: that is fine.
    await admin.createTopics({
      waitForLeaders: false,
      topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: -1 })),
    });
    // Right after creation the broker may still answer "unknown topic" for a moment (kafkajs'
    // own waitForLeaders fails on that): poll until every partition has a leader.
    for (let attempt = 0; ; attempt++) {
      try {
        const { topics: described } = await admin.fetchTopicMetadata({ topics: missing });
        if (described.every((t) => t.partitions.length > 0 && t.partitions.every((p) => p.leader >= 0))) return;
      } catch (err) {
        if (attempt >= 50) throw err;
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await admin.disconnect();
  }
}

/** Every topic of an installation: one event topic per producing service and one dead-letter topic per consumer group. */
export function allTopics(prefix: string, consumerGroups: string[]): string[] {
  return [...eventProducers.map((s) => eventTopic(prefix, s)), ...consumerGroups.map((g) => deadLetterTopic(prefix, g))];
}
