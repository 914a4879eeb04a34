import type { EventProducer } from "./envelope.js";

/**
 * One topic per producing service, keyed by caseId: the events of one case keep their order,
 * and a consumer subscribes to the services it listens to. The prefix comes from the
 * environment (TOPIC_PREFIX) so that several installations or test runs can share a cluster.
 */
export function eventTopic(prefix: string, producer: EventProducer): string {
  return `${prefix}${producer}.events`;
}

/** Where a consuming service parks the messages it could not handle, with the reason in headers. */
export function deadLetterTopic(prefix: string, consumer: string): string {
  return `${prefix}${consumer}.dlq`;
}
