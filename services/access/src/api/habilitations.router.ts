import { router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import type { AccessDeps } from "../application/deps.js";
import { currentHabilitations, grantHabilitation, grantInput, withdrawHabilitation, withdrawInput } from "../application/habilitations.js";
import { habilitationView, habilitationViewSchema } from "./views/habilitation.view.js";

const badHolder = "400 if the holder is not a valid e-mail address or SIRET (14 digits, Luhn key), path `holder.email` or `holder.siret`";
const concurrent = "409 if another administrator changed the same holder at the same moment, five times over (try again)";

export function habilitationsRouter(deps: AccessDeps) {
  const anct = staffProcedure("anct");
  return router({
    list: anct
      .meta({ summary: "The current habilitations (withdrawn ones are in the journal), by label, or by holder when there is none." })
      .output(z.object({ habilitations: z.array(habilitationViewSchema) }))
      .query(async () => ({ habilitations: (await currentHabilitations(deps)).map(habilitationView) })),
    grant: anct
      .meta({
        summary:
          "Sets a person's (by e-mail) or an organisation's (by SIRET) habilitation: a role and its départements, replacing any " +
          "previous one, recorded in the journal with who, when and what it replaced. Granting exactly what the holder has " +
          "changes and records nothing. It shows at the agent's next request (sessions resolve it at each call). Answers the habilitation.",
        errors: [
          badHolder,
          "400 if `departments` is not empty for `anct` (every département) or empty for `prefecture` and `partner`, or holds an unknown code (path `departments` or `departments.<index>`)",
          concurrent,
        ],
      })
      .input(grantInput)
      .output(habilitationViewSchema)
      .mutation(async ({ ctx, input }) => habilitationView(await grantHabilitation(deps, input, ctx.principal))),
    withdraw: anct
      .meta({
        summary: "Withdraws a holder's habilitation, recorded in the journal with who and when; the agent loses it at their next request.",
        errors: [badHolder, "404 if the holder has no current habilitation", concurrent],
      })
      .input(withdrawInput)
      .output(z.object({ withdrawn: z.literal(true) }))
      .mutation(async ({ ctx, input }) => {
        await withdrawHabilitation(deps, input.holder, ctx.principal);
        return { withdrawn: true as const };
      }),
  });
}
