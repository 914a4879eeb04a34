import { z } from "zod";

/**
 * A SIRET is 14 digits whose Luhn sum is a multiple of 10, except La Poste's establishments
 * (SIREN 356000000), whose digits add up to a multiple of 5.
 */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith("356000000")) return [...siret].reduce((sum, d) => sum + Number(d), 0) % 5 === 0;
  let sum = 0;
  for (let i = 0; i < 14; i++) {
    let digit = Number(siret[13 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Adresse électronique trop longue (254 caractères au plus)")
  .pipe(z.email("Adresse électronique invalide"));

export const siretSchema = z
  .string()
  .transform((s) => s.replace(/\s/g, ""))
  .pipe(
    z
      .string()
      .regex(/^\d{14}$/, "Le SIRET compte 14 chiffres")
      .refine(isValidSiret, "SIRET invalide : la clé de contrôle (Luhn) ne correspond pas"),
  );

/** Who holds a habilitation: a person, by their e-mail address, or an organisation, by its SIRET. */
export const holderSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("email"), email: emailSchema }),
  z.object({ kind: z.literal("siret"), siret: siretSchema }),
]);
export type Holder = z.infer<typeof holderSchema>;

/** The holder's key, the habilitation document's _id (FerretDB answers a filter on _id through its index). */
export function holderKey(holder: Holder): string {
  return holder.kind === "email" ? `email:${holder.email}` : `siret:${holder.siret}`;
}

/** What a list sorts by when the habilitation has no label. */
export function holderValue(holder: Holder): string {
  return holder.kind === "email" ? holder.email : holder.siret;
}
