import type { Server } from "node:http";
import type { AnyRouter } from "@trpc/server";
import type { Express } from "express";
import type { Connection, Model } from "mongoose";
import type { z } from "zod";
import { authSecretOf, loadConfig, type BaseConfig } from "../config/config.js";
import type { EventProducer, ServiceName } from "../events/envelope.js";
import { deadLetterTopic, eventTopic } from "../events/topics.js";
import { createHttpApp } from "../http/create-http-app.js";
import { createProcessedEventStore, type ProcessedEventStore } from "../idempotency/processed-events.js";
import { startConsumer, type EventHandler, type RunningConsumer } from "../kafka/consumer-runner.js";
import { createEventPublisher } from "../kafka/event-publisher.js";
import { createKafka } from "../kafka/kafka-client.js";
import { allTopics, ensureTopics } from "../kafka/topics-admin.js";
import { createLogger, type Logger } from "../logging/logger.js";
import { connectDatabase, ensureIndexes } from "../outbox/database.js";
import { OutboxRelay } from "../outbox/outbox-relay.js";

export interface ServiceConfig extends BaseConfig {
  PORT: number;
  DB_NAME: string;
}

/** What the shared bootstrap hands to a service's own wiring. */
export interface ServiceInfrastructure {
  connection: Connection;
  processedEvents: ProcessedEventStore;
  /** Call after a write that queued events, so they leave without waiting for the next poll. */
  eventsQueued: () => void;
  logger: Logger;
  config: ServiceConfig;
}

/** What a service gives back: its API, its aggregates with an outbox, what it consumes. */
export interface ServiceWiring {
  router: AnyRouter;
  /** Plain HTTP routes beside /trpc, for what tRPC does not carry (file downloads). */
  routes?: (app: Express) => void;
  /**
   * Routes only the web gateway calls (the access service's sessions), each checking the
   * gateway's credential itself: mounted before the bearer token and the rate limit, which
   * count people, whereas the gateway calls them once for each request of every agent.
   */
  gatewayRoutes?: (app: Express) => void;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any aggregate schema
  outboxModels: Model<any>[];
  consumes?: { from: EventProducer[]; handle: EventHandler };
  /** Runs once the indexes exist and before traffic: data the service ships with. */
  seed?: () => Promise<void>;
}

export interface RunningService {
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts a service the same way for all of them: database (indexes built before traffic),
 * topics, outbox relay, consumer, then HTTP. Kafka may be down at start: the API still
 * answers, events wait in the outbox and /readyz says what is missing.
 */
export async function startService(
  name: ServiceName,
  config: ServiceConfig,
  logger: Logger,
  wire: (infra: ServiceInfrastructure) => ServiceWiring,
): Promise<RunningService> {
  const connection = await connectDatabase(config.MONGO_URL, config.DB_NAME);
  const processedEvents = createProcessedEventStore(connection);

  const kafka = createKafka({ clientId: `tetris-${name}${config.KAFKA_CLIENT_ID_SUFFIX}`, brokers: config.KAFKA_BROKERS, logger });
  const publisher = createEventPublisher(kafka, config.TOPIC_PREFIX);
  // The relay needs the models the wiring declares, and the wiring needs to nudge the relay.
  let nudgeRelay = () => {};
  const wiring = wire({ connection, processedEvents, eventsQueued: () => nudgeRelay(), logger, config });
  await ensureIndexes(connection);
  await wiring.seed?.();

  const relay = new OutboxRelay({ models: wiring.outboxModels, publisher, logger, pollMs: config.OUTBOX_POLL_MS });
  nudgeRelay = () => relay.nudge();
  const groupId = `${config.TOPIC_PREFIX}${name}`;
  const dlq = deadLetterTopic(config.TOPIC_PREFIX, name);
  // The broker may be down at start: topics are created as soon as it answers, and until
  // then the relay keeps the events and the consumer retries.
  const topicsReady = retryUntil(
    () => ensureTopics(kafka, allTopics(config.TOPIC_PREFIX, wiring.consumes ? [name] : []), config.TOPIC_PARTITIONS),
    (err) => logger.warn({ err }, "could not create the topics yet (broker unreachable?): retrying"),
  );
  await Promise.race([topicsReady.done, new Promise((r) => setTimeout(r, 5000))]);
  relay.start();

  let consumer: RunningConsumer | undefined;
  if (wiring.consumes) {
    consumer = startConsumer({
      kafka,
      groupId,
      topics: wiring.consumes.from.map((s) => eventTopic(config.TOPIC_PREFIX, s)),
      deadLetterTopic: dlq,
      handle: wiring.consumes.handle,
      logger,
      partitionsConcurrently: config.TOPIC_PARTITIONS,
    });
  }

  const admin = kafka.admin();
  const brokerReachable = async () => {
    try {
      await withTimeout(admin.connect().then(() => admin.describeCluster()), 2000);
      return true;
    } catch {
      return false;
    }
  };
  const app = createHttpApp({
    router: wiring.router,
    routes: wiring.routes,
    gatewayRoutes: wiring.gatewayRoutes,
    authSecret: authSecretOf(config),
    rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE,
    logger,
    readiness: async () => ({
      database: await withTimeout(connection.db!.admin().ping(), 2000).then(() => true, () => false),
      broker: await brokerReachable(),
      ...(consumer ? { consumer: consumer.isHealthy() } : {}),
    }),
  });

  const server = await new Promise<Server>((resolve, reject) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s)).on("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.PORT;
  logger.info({ port, db: config.DB_NAME, brokers: config.KAFKA_BROKERS }, `${name} service listening on http://${config.HOST}:${port}`);

  let stopping: Promise<void> | undefined;
  return {
    port,
    stop: () =>
      (stopping ??= (async () => {
        // In order: no new requests, no new events taken, what was written is published, then disconnect.
        topicsReady.cancel();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await consumer?.stop();
        await relay.stop();
        await publisher.disconnect().catch(() => undefined);
        await admin.disconnect().catch(() => undefined);
        await connection.close();
        logger.info(`${name} service stopped`);
      })()),
  };
}

function retryUntil(attempt: () => Promise<void>, onFailure: (err: unknown) => void) {
  let cancelled = false;
  const done = (async () => {
    for (let delay = 500; !cancelled; delay = Math.min(delay * 2, 10_000)) {
      try {
        return await attempt();
      } catch (err) {
        onFailure(err);
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  })();
  return { done, cancel: () => (cancelled = true) };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), ms))]);
}

/** Stops the service on SIGTERM or SIGINT (Ctrl-C); a second signal exits at once. */
export function stopOnSignals(service: RunningService, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, "stopping");
    service.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, "unclean stop");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}

/** The whole main.ts of a service: config from the environment, start, stop on signals. */
export async function runServiceMain(
  name: ServiceName,
  configSchema: z.ZodType<ServiceConfig>,
  wire: (infra: ServiceInfrastructure) => ServiceWiring,
): Promise<void> {
  const logger = createLogger(name);
  try {
    const config = loadConfig(configSchema);
    logger.level = config.LOG_LEVEL;
    stopOnSignals(await startService(name, config, logger, wire), logger);
  } catch (err) {
    logger.fatal({ err }, `the ${name} service could not start`);
    process.exit(1);
  }
}
