import type { Kafka } from "kafkajs";
import { serviceNames } from "../events/envelope.js";
import { deadLetterTopic, eventTopic } from "../events/topics.js";

/** Creates the topics that are missing; existing ones are left as they are. */
export async function ensureTopics(kafka: Kafka, topics: string[], numPartitions: number): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const missing = [...new Set(topics)].filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions, replicationFactor: -1 })),
    });
  } finally {
    await admin.disconnect();
  }
}

/** Every topic of an installation: one event topic per service and one dead-letter topic per consumer group. */
export function allTopics(prefix: string, consumerGroups: string[]): string[] {
  return [...serviceNames.map((s) => eventTopic(prefix, s)), ...consumerGroups.map((g) => deadLetterTopic(prefix, g))];
}
