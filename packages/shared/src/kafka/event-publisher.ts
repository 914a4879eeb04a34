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
 * The broker refuses a batch of one partition over `message.max.bytes` (1 MB by default), and
 * would refuse the same batch again on every retry: a long backlog of 6 kB answers is sent as
 * several requests, in order, each well under the limit.
 */
const REQUEST_BYTES = 512 * 1024;

export function* withinRequestLimit(events: readonly DomainEvent[]): Generator<DomainEvent[]> {
  let chunk: DomainEvent[] = [];
  let bytes = 0;
  for (const event of events) {
    const size = JSON.stringify(event).length + 256; // key and headers
    if (chunk.length > 0 && bytes + size > REQUEST_BYTES) {
      yield chunk;
      chunk = [];
      bytes = 0;
    }
    chunk.push(event);
    bytes += size;
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * An idempotent producer (the broker drops a retried duplicate, and one request in flight
 * keeps retries from reordering), keyed by caseId. Sends many events per request (up to
 * 512 kB) rather than one round trip per event.
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

  async function send(events: readonly DomainEvent[]) {
    const byTopic = new Map<string, ReturnType<typeof toKafkaMessage>[]>();
    for (const event of events) {
      const topic = eventTopic(topicPrefix, event.producer);
      const messages = byTopic.get(topic) ?? [];
      messages.push(toKafkaMessage(event));
      byTopic.set(topic, messages);
    }
    const p = await connected();
    try {
      await p.sendBatch({ acks: -1, topicMessages: [...byTopic].map(([topic, messages]) => ({ topic, messages })) });
    } catch (err) {
      // After a refused batch, kafkajs' idempotent producer can be left with sequence numbers
      // the broker no longer accepts (seen under load: every later batch refused as out of
      // order, for good). A new producer gets a new producer id and starts afresh; the caller
      // sends the events again, and a duplicate that results is dropped by the consumers.
      if (producer === p) producer = undefined;
      await p.disconnect().catch(() => undefined);
      throw err;
    }
  }

  return {
    async publish(events) {
      for (const chunk of withinRequestLimit(events)) await send(chunk);
    },
    async disconnect() {
      const p = producer;
      producer = undefined;
      await p?.disconnect();
    },
  };
}
