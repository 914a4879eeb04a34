import { departmentCodeSchema, roleSchema, type Role } from "@tetris/shared";
import { z } from "zod";
import type { Holder } from "./holder.js";

export const actorSchema = z.object({ subject: z.string().min(1), name: z.string().min(1) });
/** Who did something: the ANCT administrator who granted, or the agent who signed in. */
export type Actor = z.infer<typeof actorSchema>;

/** What a habilitation gives: a role, and the départements it covers (none for ANCT: all of them). */
export const grantFields = {
  role: roleSchema,
  departments: z
    .array(departmentCodeSchema)
    .max(110, "110 départements au plus")
    .transform((codes) => [...new Set(codes)].sort()),
};

/** ANCT covers every département, so names none; a préfecture or a partner names at least one. */
export function checkGrant(grant: { role: Role; departments: string[] }, ctx: z.RefinementCtx): void {
  if (grant.role === "anct" && grant.departments.length > 0) {
    ctx.addIssue({ code: "custom", path: ["departments"], message: "Le rôle ANCT couvre tous les départements : la liste doit être vide" });
  }
  if (grant.role !== "anct" && grant.departments.length === 0) {
    ctx.addIssue({ code: "custom", path: ["departments"], message: "Indiquez au moins un département pour ce rôle" });
  }
}

export interface HabilitationValue {
  role: Role;
  departments: string[];
  label: string | null;
}

/** A holder's current habilitation, as granted. */
export interface Habilitation extends HabilitationValue {
  holder: Holder;
  grantedAt: Date;
  grantedBy: Actor;
}

/** What a signed-in agent may do: the grant on their address wins over their organisation's. */
export function habilitationOfAgent(
  byEmail: HabilitationValue | null,
  bySiret: HabilitationValue | null,
): { role: Role; departments: string[] } | null {
  const found = byEmail ?? bySiret;
  return found ? { role: found.role, departments: [...found.departments] } : null;
}

export function sameGrant(a: HabilitationValue, b: HabilitationValue): boolean {
  return a.role === b.role && a.label === b.label && a.departments.join(",") === b.departments.join(",");
}

