import { z } from "zod";
import { departmentCodeSchema } from "../events/envelope.js";

export const roles = ["anct", "prefecture", "partner"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Who is calling: an ANCT agent acts on every département, the others on those listed. */
export const principalSchema = z.object({
  subject: z.string().min(1),
  name: z.string().min(1),
  role: roleSchema,
  departments: z.array(departmentCodeSchema),
});
export type Principal = z.infer<typeof principalSchema>;

export function canActOn(principal: Principal, departmentCode: string): boolean {
  return principal.role === "anct" || principal.departments.includes(departmentCode);
}
