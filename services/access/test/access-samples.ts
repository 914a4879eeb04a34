import type { SampleTable } from "@tetris/shared/testing";
import { anctClient, type Service } from "./access-test-kit.js";

const SECRET_EMAIL = "agent.confidentiel@meuse.gouv.fr";
const SECRET_LABEL = "Préfecture confidentielle de la Meuse";

/** Habilitations behind every procedure: a préfecture by SIRET, a person by address (the one withdrawn last). */
export async function someHabilitations(service: Service) {
  const anct = await anctClient(service.url);
  const granted = await Promise.all([
    anct.mutate("habilitations.grant", { holder: { kind: "siret", siret: "17559999000009" }, label: SECRET_LABEL, role: "prefecture", departments: ["55"] }),
    anct.mutate("habilitations.grant", { holder: { kind: "email", email: SECRET_EMAIL }, role: "partner", departments: ["55", "09"] }),
  ]);
  for (const answer of granted) if (answer.status !== 200) throw new Error(`setting up the habilitations: ${answer.status} ${answer.error?.message}`);
  return { email: SECRET_EMAIL, secrets: [SECRET_EMAIL, SECRET_LABEL, "17559999000009"] };
}
export type SomeHabilitations = Awaited<ReturnType<typeof someHabilitations>>;

/** One valid input per procedure; every one is ANCT's and global (no département of its own). */
export const accessSamples: SampleTable<SomeHabilitations> = {
  "habilitations.list": () => ({ input: undefined, scope: "global" }),
  "journal.list": () => ({ input: { limit: 10 }, scope: "global" }),
  "habilitations.grant": () => ({
    input: { holder: { kind: "email", email: "nouvel.agent@ariege.gouv.fr" }, label: "Nouvel agent", role: "prefecture", departments: ["09"] },
    scope: "global",
  }),
  "habilitations.withdraw": (h) => ({ input: { holder: { kind: "email", email: h.email } }, scope: "global" }),
};
