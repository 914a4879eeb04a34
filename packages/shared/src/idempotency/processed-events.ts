import { Schema, type Connection } from "mongoose";
import type { DomainEvent } from "../events/catalogue.js";
import type { EventHandler } from "../kafka/consumer-runner.js";
import { insertOnce } from "../outbox/database.js";

interface ProcessedEvent {
  _id: string;
  eventType: string;
  caseId: string;
  processedAt: Date;
}

// The key lives in _id: its unique index exists from the first insert, unlike a declared
// unique index that might not be built yet (mongoose #3778).
const processedEventSchema = new Schema<ProcessedEvent>(
  { _id: String, eventType: String, caseId: String, processedAt: Date },
  { versionKey: false, collection: "processed_events" },
);

export function createProcessedEventStore(connection: Connection) {
  const model = connection.models.ProcessedEvent ?? connection.model<ProcessedEvent>("ProcessedEvent", processedEventSchema);
  const key = (handler: string, eventId: string) => `${handler}:${eventId}`;
  return {
    model,
    async isProcessed(handler: string, eventId: string): Promise<boolean> {
      return (await model.exists({ _id: key(handler, eventId) })) !== null;
    },
    async markProcessed(handler: string, event: DomainEvent): Promise<void> {
      await insertOnce(model, { _id: key(handler, event.id), eventType: event.type, caseId: event.caseId, processedAt: new Date() });
    },
  };
}
export type ProcessedEventStore = ReturnType<typeof createProcessedEventStore>;

/**
 * Makes a handler safe against redelivery: an event already handled is skipped. The mark is
 * written after the handler's own write, so a crash between the two replays the handler:
 * handlers therefore write idempotently too (deterministic ids, upserts, filters on what the
 * event already did); the store saves them the work and guards effects such as counters.
 */
export function handleOnce(store: ProcessedEventStore, handlerName: string, handler: EventHandler): EventHandler {
  return async (event, logger) => {
    if (await store.isProcessed(handlerName, event.id)) {
      logger.debug("event already handled: skipped");
      return;
    }
    await handler(event, logger);
    await store.markProcessed(handlerName, event);
  };
}
