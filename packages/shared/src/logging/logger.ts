import { pino, type Logger } from "pino";

export type { Logger };

/**
 * JSON logs on stdout, one line per record; every record about a case carries `caseId` and
 * `correlationId` (bind them with `logger.child`), so one action can be followed across the
 * three services.
 */
export function createLogger(service: string, level = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({
    name: service,
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

/** The fields every record about an event or a request carries. */
export function eventLogFields(e: { id?: string; caseId: string; correlationId: string; type?: string }) {
  return { eventId: e.id, eventType: e.type, caseId: e.caseId, correlationId: e.correlationId };
}
