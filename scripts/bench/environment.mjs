// The bench's own installation on the shared broker and database: unique database names
// and topic prefix per run (like the integration tests' isolatedTestEnvironment), so the
// bench never reads or writes the real data, and its leftovers are easy to find and drop.
import { randomUUID } from "node:crypto";

export function benchEnvironment() {
  const run = `bench-${randomUUID().slice(0, 8)}`;
  const mongoUrl = process.env.MONGO_URL ?? "mongodb://127.0.0.1:27017";
  const kafkaBrokers = (process.env.KAFKA_BROKERS ?? "127.0.0.1:9092").split(",");
  const topicPrefix = `${run}.`;
  const dbName = (service) => `${run.replace(/-/g, "_")}_${service}`;
  return {
    run,
    mongoUrl,
    kafkaBrokers,
    topicPrefix,
    dbName,
    env(service) {
      return {
        NODE_ENV: "test",
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? "warn",
        MONGO_URL: mongoUrl,
        KAFKA_BROKERS: kafkaBrokers.join(","),
        TOPIC_PREFIX: topicPrefix,
        DB_NAME: dbName(service),
        // The services' defaults: the bench measures what an installation runs with.
        OUTBOX_POLL_MS: "250",
        // The bench is one address standing for hundreds of respondents: the per-caller limit
        // would turn its load into 429s (set RATE_LIMIT_PER_MINUTE to measure with it).
        RATE_LIMIT_PER_MINUTE: process.env.RATE_LIMIT_PER_MINUTE ?? "0",
      };
    },
  };
}
