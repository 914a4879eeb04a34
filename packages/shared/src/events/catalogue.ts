import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { eventHeaderSchema, type EventProducer } from "./envelope.js";
import { accompanimentPlannedV1 } from "./projects/accompaniment-planned.v1.js";
import { milestoneUpdatedV1 } from "./projects/milestone-updated.v1.js";
import { projectDeliveredV1 } from "./projects/project-delivered.v1.js";
import { projectNotSelectedV1 } from "./projects/project-not-selected.v1.js";
import { projectPrioritisedV1 } from "./projects/project-prioritised.v1.js";
import { projectSelectedV1 } from "./projects/project-selected.v1.js";
import { projectStatusChangedV1 } from "./projects/project-status-changed.v1.js";
import { actorsInvitedV1 } from "./questionnaire/actors-invited.v1.js";
import { campaignClosedV1 } from "./questionnaire/campaign-closed.v1.js";
import { campaignOpenedV1 } from "./questionnaire/campaign-opened.v1.js";
import { invitationRevokedV1 } from "./questionnaire/invitation-revoked.v1.js";
import { responseSubmittedV1 } from "./questionnaire/response-submitted.v1.js";
import { candidateProjectProposedV1 } from "./workshops/candidate-project-proposed.v1.js";
import { needCapturedV1 } from "./workshops/need-captured.v1.js";
import { workshopCompletedV1 } from "./workshops/workshop-completed.v1.js";
import { workshopScheduledV1 } from "./workshops/workshop-scheduled.v1.js";

/**
 * Every event type and version the system knows. A new version of an event is added here
 * beside the old one (never in place of it), so consumers that still read the old one keep
 * compiling and the type checker lists every handler that must learn the new one.
 */
export const eventDefinitions = [
  campaignOpenedV1,
  actorsInvitedV1,
  invitationRevokedV1,
  responseSubmittedV1,
  campaignClosedV1,
  workshopScheduledV1,
  needCapturedV1,
  candidateProjectProposedV1,
  workshopCompletedV1,
  projectPrioritisedV1,
  projectSelectedV1,
  projectNotSelectedV1,
  accompanimentPlannedV1,
  milestoneUpdatedV1,
  projectStatusChangedV1,
  projectDeliveredV1,
] as const;

type Definition = (typeof eventDefinitions)[number];
export type DomainEvent = z.infer<Definition["schema"]>;
export type EventType = DomainEvent["type"];
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;
export type PayloadOf<T extends EventType> = EventOf<T>["payload"];

const byKey = new Map<string, Definition>(eventDefinitions.map((d) => [`${d.type}@${d.version}`, d]));
const latestByType = new Map<string, Definition>();
for (const d of eventDefinitions) {
  const known = latestByType.get(d.type);
  if (!known || known.version < d.version) latestByType.set(d.type, d);
}

export type EventParseFailure = "not-json" | "unknown-event" | "invalid-event";

/** Why a message is not a valid event; consumers send such messages to their dead-letter topic. */
export class EventParseError extends Error {
  constructor(
    readonly reason: EventParseFailure,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = "EventParseError";
  }
}

/** Parses and validates an event against the schema of its exact type and version. */
export function parseEvent(raw: unknown): DomainEvent {
  const header = eventHeaderSchema.safeParse(raw);
  if (!header.success) throw new EventParseError("invalid-event", "event without a valid type and version");
  const definition = byKey.get(`${header.data.type}@${header.data.version}`);
  if (!definition) {
    throw new EventParseError("unknown-event", `unknown event ${header.data.type} v${header.data.version}`);
  }
  const result = definition.schema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    const summary = issues.map((i) => `${i.path || "(root)"}: ${i.message}`).join("; ");
    throw new EventParseError("invalid-event", `${header.data.type} v${header.data.version} is invalid: ${summary}`, issues);
  }
  return result.data as DomainEvent;
}

/** Parses the bytes of a Kafka message value. */
export function parseEventBytes(value: Buffer | string | null): DomainEvent {
  if (value === null) throw new EventParseError("not-json", "empty message");
  let raw: unknown;
  try {
    raw = JSON.parse(value.toString());
  } catch {
    throw new EventParseError("not-json", "message is not JSON");
  }
  return parseEvent(raw);
}

export interface EventContext {
  caseId: string;
  departmentCode: string;
  correlationId: string;
  causationId: string | null;
}

/**
 * Builds an event of the latest version of `type`, validated: a producer can never emit
 * what its consumers would reject.
 */
export function createEvent<T extends EventType>(
  type: T,
  context: EventContext,
  payload: PayloadOf<T>,
  now: Date = new Date(),
): EventOf<T> {
  const definition = latestByType.get(type);
  if (!definition) throw new Error(`unknown event type ${type}`);
  return parseEvent({
    id: randomUUID(),
    type,
    version: definition.version,
    occurredAt: now.toISOString(),
    producer: definition.producer,
    ...context,
    payload,
  }) as EventOf<T>;
}

export function producerOf(type: EventType): EventProducer {
  const definition = latestByType.get(type);
  if (!definition) throw new Error(`unknown event type ${type}`);
  return definition.producer;
}
