import { departmentCodeSchema, isoDateTimeSchema, roleSchema } from "@tetris/shared";
import { z } from "zod";
import type { JournalEvent } from "../../domain/journal-events.js";
import { actorViewSchema, holderViewSchema } from "./habilitation.view.js";

const valueViewSchema = z.object({ role: roleSchema, departments: z.array(departmentCodeSchema), label: z.string().nullable() });

export const journalEntrySchema = z.object({
  id: z.string(),
  type: z.enum(["HabilitationGranted", "HabilitationWithdrawn", "AgentSignedIn", "AgentSignedOut"]),
  version: z.number().int().positive(),
  occurredAt: isoDateTimeSchema,
  actor: actorViewSchema.describe("Who did it: the administrator for a grant or a withdrawal, the agent for a sign-in or sign-out."),
  holder: holderViewSchema.optional().describe("Grants and withdrawals: whose habilitation."),
  role: roleSchema.optional().describe("A grant: the role given. A sign-in: the role the agent had then (absent: no habilitation)."),
  departments: z.array(departmentCodeSchema).optional().describe("With `role`: the départements."),
  label: z.string().nullable().optional().describe("A grant: the label given."),
  previous: valueViewSchema.nullable().optional().describe("A grant: what it replaced (null for a first one). A withdrawal: what was withdrawn."),
  agent: z
    .object({ subject: z.string(), email: z.string(), siret: z.string().nullable(), idpId: z.string().nullable() })
    .optional()
    .describe("Sign-ins and sign-outs: the agent, as ProConnect named them."),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export function journalEntry(e: JournalEvent): JournalEntry {
  const common = { id: e.id, type: e.type, version: e.version, occurredAt: e.occurredAt.toISOString(), actor: { subject: e.actor.subject, name: e.actor.name } };
  switch (e.type) {
    case "HabilitationGranted":
      return { ...common, holder: e.holder, role: e.role, departments: e.departments, label: e.label, previous: e.previous };
    case "HabilitationWithdrawn":
      return { ...common, holder: e.holder, previous: e.previous };
    case "AgentSignedIn":
      return { ...common, agent: e.agent, ...(e.habilitation ? { role: e.habilitation.role, departments: e.habilitation.departments } : {}) };
    case "AgentSignedOut":
      return { ...common, agent: e.agent };
  }
}
