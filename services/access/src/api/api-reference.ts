import { renderApiDocs } from "@tetris/shared";
import type { AccessDeps } from "../application/deps.js";
import { accessAppRouter } from "./app.router.js";

/** The access service's API reference (docs/api/access.md), rendered from its router. */
export function accessApiReference(): string {
  return renderApiDocs({
    service: "Access",
    port: 4104,
    router: accessAppRouter({} as AccessDeps),
    intro: [
      "Habilitations and their journal, for ANCT administrators. Staff sign in with ProConnect at the web gateway; what they",
      "may do in Tétris is the habilitation kept here: a role (`anct`, `prefecture`, `partner`) and départements, granted to a",
      "person (by e-mail address) or to an organisation (by SIRET, e.g. a préfecture's). An agent's own grant wins over their",
      "organisation's; without either they have no access. Every grant, withdrawal, sign-in and sign-out is in the journal,",
      "with who and when.",
      "",
      "Besides tRPC, the service keeps the agents' server-side sessions for the web gateway alone, through internal routes",
      "that only accept the gateway's credential; they are not part of this reference.",
    ].join("\n"),
  });
}
