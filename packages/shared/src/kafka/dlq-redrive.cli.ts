#!/usr/bin/env node
// Sends a service's dead letters back to their topics: npm run dlq:redrive -- --service workshops [--dry-run]
import { parseArgs } from "node:util";
import { baseConfigSchema, loadConfig } from "../config/config.js";
import { eventProducers } from "../events/envelope.js";
import { deadLetterTopic } from "../events/topics.js";
import { createLogger } from "../logging/logger.js";
import { createKafka } from "./kafka-client.js";
import { redriveDeadLetters } from "./dlq-redrive.js";

const { values } = parseArgs({ options: { service: { type: "string" }, "dry-run": { type: "boolean", default: false } } });
const service = values.service;
// The access service consumes nothing, so it has no dead letters.
if (!service || !(eventProducers as readonly string[]).includes(service)) {
  console.error(`--service is one of ${eventProducers.join(", ")}. Example: npm run dlq:redrive -- --service workshops --dry-run`);
  process.exit(2);
}
const dryRun = values["dry-run"]!;
const config = loadConfig(baseConfigSchema);
const logger = createLogger("dlq-redrive", "warn");
const dlq = deadLetterTopic(config.TOPIC_PREFIX, service);
const kafka = createKafka({ clientId: "tetris-dlq-redrive", brokers: config.KAFKA_BROKERS, logger });

const result = await redriveDeadLetters({
  kafka,
  topicPrefix: config.TOPIC_PREFIX,
  service,
  dryRun,
  onLetter: (l) =>
    console.log(
      `${dryRun ? "would redrive" : l.redriven ? "redriven" : "passed over (no dlq-original-topic header)"}: ` +
        `${dlq}[${l.partition}]@${l.offset} ${l.eventType ?? "?"} ${l.eventId ?? ""} -> ${l.originalTopic ?? "?"} (was ${l.reason ?? "?"}: ${l.error ?? ""})`,
    ),
}).catch((err: Error) => {
  console.error(`redrive of ${dlq} failed: ${err.message}`);
  process.exit(1);
});

const redriven = result.letters.filter((l) => l.redriven).length;
if (result.letters.length === 0) {
  console.log(`nothing to redrive in ${result.deadLetterTopic}: no dead letter since the last redrive`);
} else if (dryRun) {
  console.log(`${result.letters.length} dead letter(s) in ${result.deadLetterTopic} not yet redriven; nothing sent (dry run)`);
} else {
  console.log(
    `${redriven} dead letter(s) of ${result.deadLetterTopic} redriven, ${result.letters.length - redriven} passed over; ` +
      `offsets committed for group ${result.groupId}`,
  );
}
