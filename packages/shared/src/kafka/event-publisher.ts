import { Partitioners, type Kafka, type Producer } from "kafkajs";
import type { DomainEvent } from "../events/catalogue.js";
import { eventTopic } from "../events/topics.js";

export interface EventPublisher {
  /** Publishes the events in the given order (per case); resolves once the broker has them all. */
  publish(events: readonly DomainEvent[]): Promise<void>;
  disconnect(): Promise<void>;
}

export function toKafkaMessage(event: DomainEvent) {
  return {
    key: event.caseId,
    value: JSON.stringify(event),
    headers: {
      "event-id": event.id,
      "event-type": event.type,
      "event-version": String(event.version),
      "correlation-id": event.correlationId,
    },
  };
}

/**
 * An idempotent producer (the broker drops a retried duplicate, and one request in flight
 * keeps retries from reordering), keyed by caseId. Sends a whole batch in one request per
 * topic rather than one round trip per event.
 */
export function createEventPublisher(kafka: Kafka, topicPrefix: string): EventPublisher {
  let producer: Producer | undefined;
  let connecting: Promise<Producer> | undefined;

  async function connected(): Promise<Producer> {
    if (producer) return producer;
    connecting ??= (async () => {
      const p = kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      await p.connect();
      producer = p;
      return p;
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  }

  return {
    async publish(events) {
      if (events.length === 0) return;
      const byTopic = new Map<string, ReturnType<typeof toKafkaMessage>[]>();
      for (const event of events) {
        const topic = eventTopic(topicPrefix, event.producer);
        const messages = byTopic.get(topic) ?? [];
        messages.push(toKafkaMessage(event));
        byTopic.set(topic, messages);
      }
      const p = await connected();
      await p.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
    },
    async disconnect() {
      const p = producer;
      producer = undefined;
      await p?.disconnect();
    },
  };
}
