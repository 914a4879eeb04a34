import { z } from "zod";

/** Codes INSEE des départements, Corse (2A, 2B) et outre-mer (971 à 976) compris. */
export const departmentCodeSchema = z
  .string()
  .regex(/^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/, "Code de département inconnu (ex. 55, 09, 2A, 971)");
export type DepartmentCode = z.infer<typeof departmentCodeSchema>;

export const serviceNames = ["questionnaire", "workshops", "projects", "access"] as const;
export const serviceNameSchema = z.enum(serviceNames);
export type ServiceName = z.infer<typeof serviceNameSchema>;

/**
 * The services that publish events, each on its own topic. The access service (habilitations
 * and sessions) publishes none and consumes none: no other service needs to hear of a grant or
 * a sign-in, since each trusts the token the gateway mints from the session it resolved.
 */
export const eventProducers = ["questionnaire", "workshops", "projects"] as const satisfies readonly ServiceName[];
export const eventProducerSchema = z.enum(eventProducers);
export type EventProducer = z.infer<typeof eventProducerSchema>;

/**
 * What every event carries besides its payload. `caseId` is the Kafka key, so the events of
 * one case stay in order; `correlationId` follows a user's action across services and
 * `causationId` names the event (or request) that caused this one.
 */
export const envelopeFields = {
  id: z.uuid(),
  occurredAt: z.iso.datetime({ offset: true }),
  caseId: z.string().min(1).max(100),
  departmentCode: departmentCodeSchema,
  correlationId: z.string().min(1).max(200),
  causationId: z.string().min(1).max(200).nullable(),
  producer: eventProducerSchema,
};

/** Just enough of an event to route it before its full schema is known. */
export const eventHeaderSchema = z.object({
  type: z.string().min(1),
  version: z.number().int().positive(),
});

export interface EventDefinition<
  TType extends string = string,
  TVersion extends number = number,
  TPayload extends z.ZodType = z.ZodType,
> {
  type: TType;
  version: TVersion;
  producer: EventProducer;
  schema: z.ZodObject<
    typeof envelopeFields & { type: z.ZodLiteral<TType>; version: z.ZodLiteral<TVersion>; payload: TPayload }
  >;
}

/** Declares one version of one event type: its envelope and payload as a single strict schema. */
export function defineEvent<TType extends string, TVersion extends number, TPayload extends z.ZodType>(
  type: TType,
  version: TVersion,
  producer: EventProducer,
  payload: TPayload,
): EventDefinition<TType, TVersion, TPayload> {
  const schema = z.object({
    ...envelopeFields,
    type: z.literal(type),
    version: z.literal(version),
    payload,
  });
  return { type, version, producer, schema };
}
