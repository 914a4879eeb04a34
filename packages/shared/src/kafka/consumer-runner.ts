import { Partitioners, type Consumer, type Kafka, type KafkaMessage } from "kafkajs";
import { EventParseError, parseEventBytes, type DomainEvent } from "../events/catalogue.js";
import { eventLogFields, type Logger } from "../logging/logger.js";
import { eventHandlingSeconds, eventsHandled } from "../observability/metrics.js";
import { isTransientError } from "./transient-errors.js";

export type EventHandler = (event: DomainEvent, logger: Logger) => Promise<void>;

export interface ConsumerOptions {
  kafka: Kafka;
  groupId: string;
  topics: string[];
  deadLetterTopic: string;
  handle: EventHandler;
  logger: Logger;
  /** Attempts before a failing event goes to the dead-letter topic (transient errors retry forever). */
  maxAttempts?: number;
  initialRetryMs?: number;
  maxRetryMs?: number;
  stopTimeoutMs?: number;
  /**
   * Partitions handled at the same time (the others wait). Order holds within a partition,
   * which is all the events of one case: cases are independent, so while one waits on the
   * database another goes on.
   */
  partitionsConcurrently?: number;
}

export interface RunningConsumer {
  /** False while not connected, and for good once the consumer crashed without restarting. */
  isHealthy(): boolean;
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs a consumer group: each message is parsed against the catalogue, handled with retries
 * and exponential backoff, and its offset committed only after it was handled or parked on
 * the dead-letter topic. A message that can never be handled (not an event, unknown type,
 * invalid, or a handler that keeps failing) goes to the dead-letter topic with the reason,
 * and consumption goes on. Errors of an unreachable database are retried without limit
 * instead: the event is fine, the database will come back.
 */
export function startConsumer(options: ConsumerOptions): RunningConsumer {
  const { kafka, groupId, topics, logger, handle } = options;
  const maxAttempts = options.maxAttempts ?? 5;
  const initialRetryMs = options.initialRetryMs ?? 200;
  const maxRetryMs = options.maxRetryMs ?? 5000;
  const log = logger.child({ component: "consumer", group: groupId });

  let consumer: Consumer | undefined;
  let healthy = false;
  let stopping = false;
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });

  // kafkajs' idempotent producer mixes up its sequence numbers when sends overlap, and
  // partitions are handled concurrently: one dead letter at a time.
  let deadLetters = Promise.resolve();
  function deadLetter(topic: string, partition: number, message: KafkaMessage, reason: string, error: string): Promise<void> {
    const sent = deadLetters.then(() => sendDeadLetter(topic, partition, message, reason, error));
    deadLetters = sent.catch(() => undefined);
    return sent;
  }

  async function sendDeadLetter(topic: string, partition: number, message: KafkaMessage, reason: string, error: string) {
    await producer.send({
      topic: options.deadLetterTopic,
      acks: -1,
      messages: [
        {
          key: message.key,
          value: message.value,
          headers: {
            ...message.headers,
            "dlq-reason": reason,
            "dlq-error": error.slice(0, 2000),
            "dlq-original-topic": topic,
            "dlq-original-partition": String(partition),
            "dlq-original-offset": message.offset,
            "dlq-consumer-group": groupId,
            "dlq-failed-at": new Date().toISOString(),
          },
        },
      ],
    });
  }

  async function handleMessage(topic: string, partition: number, message: KafkaMessage, heartbeat: () => Promise<void>) {
    let event: DomainEvent;
    try {
      event = parseEventBytes(message.value);
    } catch (err) {
      const reason = err instanceof EventParseError ? err.reason : "invalid-event";
      log.error({ topic, partition, offset: message.offset, reason, err }, "message rejected: sent to the dead-letter topic");
      await deadLetter(topic, partition, message, reason, (err as Error).message);
      eventsHandled.inc({ group: groupId, type: "unknown", outcome: "dead-lettered" });
      return;
    }
    const eventLog = log.child(eventLogFields(event));
    const timer = eventHandlingSeconds.startTimer({ group: groupId, type: event.type });
    for (let attempt = 1; ; attempt++) {
      try {
        await handle(event, eventLog);
        eventsHandled.inc({ group: groupId, type: event.type, outcome: "handled" });
        timer();
        return;
      } catch (err) {
        const transient = isTransientError(err);
        if (!transient && attempt >= maxAttempts) {
          eventLog.error({ err, attempt }, "event handling failed for good: sent to the dead-letter topic");
          await deadLetter(topic, partition, message, "handler-failed", (err as Error).message ?? String(err));
          eventsHandled.inc({ group: groupId, type: event.type, outcome: "dead-lettered" });
          timer();
          return;
        }
        if (stopping) throw err;
        const delay = Math.min(maxRetryMs, initialRetryMs * 2 ** (attempt - 1));
        eventLog.warn({ err, attempt, delay, transient }, "event handling failed: retrying");
        await sleep(delay);
        await heartbeat();
      }
    }
  }

  async function run() {
    for (let attempt = 1; !stopping; attempt++) {
      try {
        await producer.connect();
        // A member that died without leaving holds its partitions until its session expires:
        // keep that short so a restarted instance takes over quickly.
        const c = kafka.consumer({
          groupId,
          allowAutoTopicCreation: false,
          sessionTimeout: 10_000,
          heartbeatInterval: 1000,
          retry: { retries: 10 },
        });
        c.on(c.events.CRASH, ({ payload }) => {
          log.error({ err: payload.error, restart: payload.restart }, "consumer crashed");
          if (!payload.restart) healthy = false;
        });
        c.on(c.events.GROUP_JOIN, () => {
          healthy = true;
        });
        await c.connect();
        await c.subscribe({ topics, fromBeginning: true });
        consumer = c;
        await c.run({
          eachBatchAutoResolve: false,
          partitionsConsumedConcurrently: options.partitionsConcurrently ?? 3,
          autoCommitInterval: 1000,
          autoCommitThreshold: 100,
          eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary }) => {
            for (const message of batch.messages) {
              if (!isRunning() || isStale()) break;
              await handleMessage(batch.topic, batch.partition, message, heartbeat);
              resolveOffset(message.offset);
              await commitOffsetsIfNecessary();
              await heartbeat();
            }
          },
        });
        log.info({ topics }, "consumer started");
        return;
      } catch (err) {
        healthy = false;
        const delay = Math.min(maxRetryMs, initialRetryMs * 2 ** Math.min(attempt, 6));
        log.warn({ err, delay }, "consumer could not start: retrying");
        await consumer?.disconnect().catch(() => undefined);
        consumer = undefined;
        await sleep(delay);
      }
    }
  }

  const running = run();

  return {
    isHealthy: () => healthy,
    async stop() {
      stopping = true;
      // A handler stuck on a dead dependency must not hold the shutdown forever.
      const timeout = sleep(options.stopTimeoutMs ?? 10_000).then(() => log.warn("consumer stop timed out"));
      await Promise.race([
        (async () => {
          await running;
          await consumer?.disconnect();
          await producer.disconnect();
        })(),
        timeout,
      ]);
      healthy = false;
    },
  };
}
