import { randomUUID } from "node:crypto";
import { Kafka, logLevel, Partitioners, type KafkaMessage } from "kafkajs";
import { signAccessToken } from "../auth/tokens.js";
import { signGatewayToken } from "../auth/gateway-token.js";
import type { Role } from "../auth/principal.js";
import { DEVELOPMENT_AUTH_SECRET } from "../config/config.js";
import { parseEvent, type EventOf, type EventType } from "../events/catalogue.js";
import { readFileSync } from "node:fs";
import { loadConfig, type serviceConfigSchema } from "../config/config.js";
import type { ServiceName } from "../events/envelope.js";
import { createEventPublisher } from "../kafka/event-publisher.js";
import { createKafka } from "../kafka/kafka-client.js";
import { createLogger } from "../logging/logger.js";
import { startService } from "../service/start-service.js";

/**
 * Helpers for integration tests against the real broker and database started by
 * infra/up.sh (or pointed to by MONGO_URL / KAFKA_BROKERS). Each test gets its own topic
 * prefix and database names, so test files never see each other's data.
 */
export function isolatedTestEnvironment(label: string) {
  const run = `${label}-${randomUUID().slice(0, 8)}`;
  return {
    run,
    mongoUrl: process.env.MONGO_URL ?? "mongodb://127.0.0.1:27017",
    kafkaBrokers: (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(","),
    topicPrefix: `test.${run}.`,
    dbName: (service: string) => `test_${run.replace(/-/g, "_")}_${service}`,
    env(service: string, extra: Record<string, string> = {}): Record<string, string> {
      return {
        NODE_ENV: "test",
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "warn",
        MONGO_URL: this.mongoUrl,
        KAFKA_BROKERS: this.kafkaBrokers.join(","),
        TOPIC_PREFIX: this.topicPrefix,
        DB_NAME: this.dbName(service),
        PORT: "0",
        OUTBOX_POLL_MS: "100",
        // Tests poll and replay faster than any person: the limit has its own test, with its own value.
        RATE_LIMIT_PER_MINUTE: "0",
        ...extra,
      };
    },
  };
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 30_000, intervalMs = 100, what = "condition" } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ""}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export function testKafka(brokers: string[]): Kafka {
  return new Kafka({ clientId: "tetris-test", brokers, logLevel: logLevel.NOTHING });
}

export function testProducer(kafka: Kafka) {
  return kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
}

/** Reads a topic from the beginning until `count` messages arrived (or the timeout). */
export async function readTopic(kafka: Kafka, topic: string, count: number, timeoutMs = 20_000): Promise<KafkaMessage[]> {
  const consumer = kafka.consumer({ groupId: `reader-${randomUUID()}` });
  const messages: KafkaMessage[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      eachMessage: async ({ message }) => {
        messages.push(message);
      },
    });
    await waitFor(async () => messages.length >= count, { timeoutMs, what: `${count} messages on ${topic}` });
    return messages;
  } finally {
    await consumer.disconnect();
  }
}

export function testToken(role: Role, departments: string[] = [], subject = `test-${role}`): Promise<string> {
  return signAccessToken(DEVELOPMENT_AUTH_SECRET, { subject, name: `Test ${role}`, role, departments });
}

/** The web gateway's credential for the internal session routes, with the development secret of the tests. */
export function testGatewayToken(): Promise<string> {
  return signGatewayToken(DEVELOPMENT_AUTH_SECRET);
}

/**
 * A golden event of the catalogue (fixtures/events/<Type>.v<N>.json): producer tests check
 * that what they emit parses like it, consumer tests feed it to their handlers.
 */
export function eventFixture<T extends EventType>(type: T, version = 1): EventOf<T> {
  const url = new URL(`../../fixtures/events/${type}.v${version}.json`, import.meta.url);
  return parseEvent(JSON.parse(readFileSync(url, "utf8"))) as EventOf<T>;
}

export * from "./http-client.js";
export * from "./procedure-catalogue.js";
export * from "./raw-call.js";
export * from "./database-snapshot.js";
export * from "./hostile-tokens.js";
export * from "./hostile-input.js";
export * from "./fuzz.js";
export * from "./access-matrix.js";
export * from "./http-limits.js";
export * from "./access-suites.js";
export * from "./pdf-text.js";
export * from "./cookie-jar.js";
export * from "./mailpit.js";

/** Starts a service in this process on a free port, on the test's own topics and database. */
export async function startServiceForTest(
  name: ServiceName,
  schema: ReturnType<typeof serviceConfigSchema>,
  wire: Parameters<typeof startService>[3],
  environment: ReturnType<typeof isolatedTestEnvironment>,
  extraEnv: Record<string, string> = {},
) {
  const config = loadConfig(schema, environment.env(name, extraEnv));
  const service = await startService(name, config, createLogger(name, config.LOG_LEVEL), wire);
  const url = `http://127.0.0.1:${service.port}`;
  // Ready means the consumer joined its group: events published from now on are seen.
  await waitFor(async () => (await fetch(`${url}/readyz`)).ok, { timeoutMs: 60_000, what: `${name} to be ready` });
  return { ...service, url };
}

/** A publisher on the test's own topics, to feed a service the events of another. */
export function testPublisher(environment: ReturnType<typeof isolatedTestEnvironment>) {
  const kafka = createKafka({ clientId: `publisher-${environment.run}`, brokers: environment.kafkaBrokers, logger: createLogger("test", "silent") });
  return createEventPublisher(kafka, environment.topicPrefix);
}
