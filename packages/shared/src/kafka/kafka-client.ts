import { Kafka, logLevel, type KafkaConfig, type LogEntry } from "kafkajs";
import type { Logger } from "../logging/logger.js";

export type { Kafka };

const levels: Record<number, "error" | "warn" | "info" | "debug"> = {
  [logLevel.ERROR]: "error",
  [logLevel.WARN]: "warn",
  [logLevel.INFO]: "info",
  [logLevel.DEBUG]: "debug",
};

/**
 * The only place that builds a kafkajs client. kafkajs is in maintenance mode: the rest of
 * the code talks to EventPublisher and runConsumer, so a compatible client can replace it here.
 */
export function createKafka(options: { clientId: string; brokers: string[]; logger: Logger } & Partial<KafkaConfig>) {
  const { logger, ...config } = options;
  const kafkaLogger = logger.child({ component: "kafka" });
  return new Kafka({
    connectionTimeout: 3000,
    retry: { initialRetryTime: 300, retries: 8 },
    ...config,
    // kafkajs is chatty at INFO (every join and rebalance): keep warnings and errors.
    logLevel: logLevel.WARN,
    logCreator:
      () =>
      ({ level, log }: LogEntry) => {
        const { message, ...extra } = log;
        // Said once per idempotent producer; we accept it knowingly: a retried batch may be
        // duplicated at worst, and every consumer is idempotent.
        if (message.startsWith("Limiting retries for the idempotent producer")) return;
        // "Response X" records are protocol errors kafkajs is about to retry (a topic another
        // service just created, a coordinator not elected yet): what still fails after the
        // retries reaches our code as an exception and is logged there.
        const retried = message.startsWith("Response ");
        kafkaLogger[retried ? "debug" : (levels[level] ?? "info")](extra, message);
      },
  });
}
