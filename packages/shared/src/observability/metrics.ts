import { Counter, Histogram, register } from "prom-client";

/** Process-wide metrics, exposed on GET /metrics by every service. */
export const metricsRegistry = register;

export const eventsHandled = new Counter({
  name: "tetris_events_handled_total",
  help: "Events taken from Kafka, by consumer group, type and outcome (handled, duplicate, dead-lettered).",
  labelNames: ["group", "type", "outcome"] as const,
});

export const eventHandlingSeconds = new Histogram({
  name: "tetris_event_handling_seconds",
  help: "Time to handle one event, retries included.",
  labelNames: ["group", "type"] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});

export const eventsPublished = new Counter({
  name: "tetris_events_published_total",
  help: "Events relayed from the outbox to Kafka, by type.",
  labelNames: ["type"] as const,
});

export const outboxRelayFailures = new Counter({
  name: "tetris_outbox_relay_failures_total",
  help: "Relay rounds that could not publish (broker unreachable, …); the events stay in the outbox.",
});
