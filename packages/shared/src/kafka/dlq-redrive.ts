import { Partitioners, type IHeaders, type Kafka, type KafkaMessage } from "kafkajs";
import { deadLetterTopic } from "../events/topics.js";

export interface RedriveOptions {
  kafka: Kafka;
  topicPrefix: string;
  /** The consuming service whose dead letters go back: its DLQ is `<prefix><service>.dlq`. */
  service: string;
  dryRun?: boolean;
  /** Called once per dead letter, redriven or (dry run) only listed. */
  onLetter?: (letter: DeadLetter) => void;
  timeoutMs?: number;
}

export interface DeadLetter {
  partition: number;
  offset: string;
  originalTopic: string | undefined;
  reason: string | undefined;
  error: string | undefined;
  eventType: string | undefined;
  eventId: string | undefined;
  /** False when the letter does not say where it came from: it is passed over, not redriven. */
  redriven: boolean;
}

export interface RedriveResult {
  deadLetterTopic: string;
  groupId: string;
  letters: DeadLetter[];
}

/** The consumer group whose committed offsets remember what was already redriven. */
export const redriveGroupId = (topicPrefix: string, service: string) => `${topicPrefix}${service}.dlq-redrive`;

const text = (value: IHeaders[string]) => (value === undefined ? undefined : Array.isArray(value) ? String(value[0]) : String(value));

/**
 * Sends a service's dead letters back to the topics they came from, once the cause is fixed
 * (a prerequisite now there, a consumer that now knows the event). Each letter keeps its key,
 * so it lands on its case's partition, and its event id, so a consumer that had handled it
 * skips it. The offsets of a group of its own are committed letter by letter after the
 * broker acknowledged the republish: a second run starts after what the first one redrove,
 * and an interrupted run redrives at worst one letter twice, which the consumers absorb.
 * Letters that arrive while it runs are left for the next run.
 */
export async function redriveDeadLetters(options: RedriveOptions): Promise<RedriveResult> {
  const { kafka, topicPrefix, service, dryRun = false } = options;
  const dlq = deadLetterTopic(topicPrefix, service);
  const groupId = redriveGroupId(topicPrefix, service);
  const result: RedriveResult = { deadLetterTopic: dlq, groupId, letters: [] };

  const admin = kafka.admin();
  await admin.connect();
  let pending = new Map<number, bigint>();
  try {
    // A service that never dead-lettered anything may have no such topic yet: nothing to do.
    if (!(await admin.listTopics()).includes(dlq)) return result;
    const ends = await admin.fetchTopicOffsets(dlq);
    const [committed] = await admin.fetchOffsets({ groupId, topics: [dlq] });
    const committedAt = new Map((committed?.partitions ?? []).map((p) => [p.partition, BigInt(p.offset)]));
    // Where each partition stops for this run, kept only for partitions with letters to read.
    pending = new Map(
      ends
        .filter((p) => BigInt(p.high) > BigInt(p.low) && BigInt(p.high) > (committedAt.get(p.partition) ?? -1n))
        .map((p) => [p.partition, BigInt(p.high)]),
    );
  } finally {
    await admin.disconnect();
  }
  if (pending.size === 0) return result;

  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, sessionTimeout: 10_000, heartbeatInterval: 1000 });
  await producer.connect();
  try {
    await consumer.connect();
    await consumer.subscribe({ topic: dlq, fromBeginning: true });
    let settle!: () => void;
    let fail!: (err: unknown) => void;
    const done = new Promise<void>((resolve, reject) => ((settle = resolve), (fail = reject)));
    const markRead = (partition: number, next: bigint) => {
      if (next >= (pending.get(partition) ?? 0n)) pending.delete(partition);
      if (pending.size === 0) settle();
    };
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const end = pending.get(partition);
        if (end === undefined || BigInt(message.offset) >= end) return;
        try {
          const letter = await redriveOne(message, partition);
          result.letters.push(letter);
          options.onLetter?.(letter);
          const next = BigInt(message.offset) + 1n;
          if (!dryRun) await consumer.commitOffsets([{ topic: dlq, partition, offset: String(next) }]);
          markRead(partition, next);
        } catch (err) {
          fail(err);
          throw err;
        }
      },
    });
    const timeoutMs = options.timeoutMs ?? 60_000;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      done,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`redrive of ${dlq} did not reach the end of the topic within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer));
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
  }
  return result;

  async function redriveOne(message: KafkaMessage, partition: number): Promise<DeadLetter> {
    const headers = message.headers ?? {};
    const originalTopic = text(headers["dlq-original-topic"]);
    const letter: DeadLetter = {
      partition,
      offset: message.offset,
      originalTopic,
      reason: text(headers["dlq-reason"]),
      error: text(headers["dlq-error"]),
      eventType: text(headers["event-type"]),
      eventId: text(headers["event-id"]),
      redriven: false,
    };
    if (!originalTopic || dryRun) return letter;
    // The dead-letter headers describe one failure: the republished message starts afresh,
    // saying only where it was parked, so that a second failure reads like the first.
    const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith("dlq-")));
    await producer.send({
      topic: originalTopic,
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers: { ...kept, "redriven-from": `${dlq}:${partition}:${message.offset}` } }],
    });
    letter.redriven = true;
    return letter;
  }
}
