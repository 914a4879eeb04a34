import { departmentCodeSchema, roleSchema } from "@tetris/shared";
import { z } from "zod";
import { actorSchema } from "./habilitation.js";
import { holderSchema } from "./holder.js";

/**
 * The journal of the access service: every grant, withdrawal, sign-in and sign-out, with who
 * and when. Versioned like the events between services, though none leaves this service: a
 * later version adds a schema beside these, and the journal reads both.
 */
const common = {
  id: z.uuid(),
  occurredAt: z.date(),
  actor: actorSchema,
};

const valueSchema = z.object({
  role: roleSchema,
  departments: z.array(departmentCodeSchema),
  label: z.string().nullable(),
});

export const habilitationGrantedV1 = z.object({
  ...common,
  type: z.literal("HabilitationGranted"),
  version: z.literal(1),
  holder: holderSchema,
  role: roleSchema,
  departments: z.array(departmentCodeSchema),
  label: z.string().nullable(),
  /** What the grant replaced, null for a first grant (or after a withdrawal). */
  previous: valueSchema.nullable(),
});

export const habilitationWithdrawnV1 = z.object({
  ...common,
  type: z.literal("HabilitationWithdrawn"),
  version: z.literal(1),
  holder: holderSchema,
  previous: valueSchema,
});

const agentSchema = z.object({
  subject: z.string().min(1),
  email: z.string(),
  siret: z.string().nullable(),
  idpId: z.string().nullable(),
});

export const agentSignedInV1 = z.object({
  ...common,
  type: z.literal("AgentSignedIn"),
  version: z.literal(1),
  agent: agentSchema,
  /** The habilitation the agent had at that moment, null if none. */
  habilitation: z.object({ role: roleSchema, departments: z.array(departmentCodeSchema) }).nullable(),
});

export const agentSignedOutV1 = z.object({
  ...common,
  type: z.literal("AgentSignedOut"),
  version: z.literal(1),
  agent: agentSchema,
});

export const journalEventSchema = z.discriminatedUnion("type", [habilitationGrantedV1, habilitationWithdrawnV1, agentSignedInV1, agentSignedOutV1]);
export type JournalEvent = z.infer<typeof journalEventSchema>;
export type HabilitationGranted = z.infer<typeof habilitationGrantedV1>;
export type HabilitationWithdrawn = z.infer<typeof habilitationWithdrawnV1>;
export type AgentSignedIn = z.infer<typeof agentSignedInV1>;
export type AgentSignedOut = z.infer<typeof agentSignedOutV1>;
export type HabilitationEvent = HabilitationGranted | HabilitationWithdrawn;
export type SessionEvent = AgentSignedIn | AgentSignedOut;
