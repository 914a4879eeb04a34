import { departmentCodeSchema, isoDateTimeSchema, roleSchema } from "@tetris/shared";
import { z } from "zod";
import type { Habilitation } from "../../domain/habilitation.js";

export const holderViewSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("email"), email: z.string() }),
    z.object({ kind: z.literal("siret"), siret: z.string() }),
  ])
  .describe("A person, by e-mail address (lower case), or an organisation, by SIRET (14 digits).");

export const actorViewSchema = z.object({ subject: z.string(), name: z.string() });

export const habilitationViewSchema = z.object({
  holder: holderViewSchema,
  label: z.string().nullable().describe("The person's or organisation's name, e.g. « Préfecture de la Meuse »."),
  role: roleSchema,
  departments: z.array(departmentCodeSchema).describe("Sorted, each once; empty for ANCT, which covers every département."),
  grantedAt: isoDateTimeSchema,
  grantedBy: actorViewSchema.describe("The ANCT administrator who granted it."),
});
export type HabilitationView = z.infer<typeof habilitationViewSchema>;

export function habilitationView(h: Habilitation): HabilitationView {
  return {
    holder: h.holder,
    label: h.label,
    role: h.role,
    departments: h.departments,
    grantedAt: h.grantedAt.toISOString(),
    grantedBy: { subject: h.grantedBy.subject, name: h.grantedBy.name },
  };
}
