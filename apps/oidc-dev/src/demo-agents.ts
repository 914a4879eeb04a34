/**
 * The accounts the local provider offers, shaped like what ProConnect answers. Every person,
 * address, SIRET (14 digits, Luhn-valid, with "9999" inside to stand out) and identity-provider
 * id here is FICTITIOUS: none of them belongs to a real agent or organisation.
 */
export interface DemoAgent {
  /** Stable across restarts, so that what the application records about a sub stays valid. */
  sub: string;
  email: string;
  given_name: string;
  usual_name: string;
  siret: string;
  /** The agent's id at their identity provider (ProConnect's `uid`). */
  uid: string;
  /** Which identity provider of the federation vouched for the agent. */
  idp_id: string;
  /** What the login page shows under the name. */
  organisation: string;
}

// Two identity providers, as in the federation: the State's own, and the one for everyone else.
const STATE_IDP = "00000000-0000-4000-8000-0000000e7a70";
const PUBLIC_IDP = "00000000-0000-4000-8000-0000000c011e";

export const demoAgents: readonly DemoAgent[] = [
  {
    sub: "demo-anct-camille-lefevre",
    email: "camille.lefevre@anct.gouv.fr",
    given_name: "Camille",
    usual_name: "Lefèvre",
    siret: "13009999000009",
    uid: "anct-1001",
    idp_id: STATE_IDP,
    organisation: "Agence nationale de la cohésion des territoires (ANCT)",
  },
  {
    sub: "demo-prefecture-55-julien-marchal",
    email: "julien.marchal@meuse.gouv.fr",
    given_name: "Julien",
    usual_name: "Marchal",
    siret: "17559999000009",
    uid: "pref55-2001",
    idp_id: STATE_IDP,
    organisation: "Préfecture de la Meuse",
  },
  {
    sub: "demo-prefecture-09-helene-rouzaud",
    email: "helene.rouzaud@ariege.gouv.fr",
    given_name: "Hélène",
    usual_name: "Rouzaud",
    siret: "17099999000006",
    uid: "pref09-3001",
    idp_id: STATE_IDP,
    organisation: "Préfecture de l'Ariège",
  },
  {
    sub: "demo-ddt-55-sophie-gerard",
    email: "sophie.gerard@meuse.gouv.fr",
    given_name: "Sophie",
    usual_name: "Gérard",
    siret: "13559999000003",
    uid: "ddt55-4001",
    idp_id: STATE_IDP,
    organisation: "Direction départementale des territoires de la Meuse (partenaire)",
  },
  {
    // Known to the federation but not to Tétris: for the page that says "no habilitation".
    sub: "demo-commune-55-marc-dubois",
    email: "marc.dubois@mairie-exemple-meuse.fr",
    given_name: "Marc",
    usual_name: "Dubois",
    siret: "21559999000003",
    uid: "mairie55-5001",
    idp_id: PUBLIC_IDP,
    organisation: "Mairie d'une commune de la Meuse (sans habilitation dans Tétris)",
  },
];

export function demoAgentBySub(sub: string): DemoAgent | undefined {
  return demoAgents.find((agent) => agent.sub === sub);
}
