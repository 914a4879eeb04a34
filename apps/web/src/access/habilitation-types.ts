export type Holder = { kind: "email"; email: string } | { kind: "siret"; siret: string };

export const roleLabels: Record<string, string> = { anct: "ANCT (tous les départements)", prefecture: "Préfecture", partner: "Partenaire" };

/** The holder as ANCT reads it: the person's email, or the organisation's SIRET in groups of digits. */
export function holderText(holder: Holder): string {
  return holder.kind === "email" ? holder.email : `SIRET ${holder.siret.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, "$1 $2 $3 $4")}`;
}

export function holderKey(holder: Holder): string {
  return holder.kind === "email" ? `email:${holder.email}` : `siret:${holder.siret}`;
}

export const dateTime = (iso: string) => new Date(iso).toLocaleString("fr-FR", { dateStyle: "long", timeStyle: "short" });
