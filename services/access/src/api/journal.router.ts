import { router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import type { AccessDeps } from "../application/deps.js";
import { journalInput, journalPage } from "../application/journal.js";
import { journalEntry, journalEntrySchema } from "./views/journal.view.js";

export function journalRouter(deps: AccessDeps) {
  return router({
    list: staffProcedure("anct")
      .meta({
        summary:
          "The journal of habilitations and sessions, newest first: every grant, withdrawal, sign-in and sign-out (event `type` " +
          "and `version`), with who and when. `limit` entries a page (50 by default, 1 to 200); pass `next` as `before` for the " +
          "following page, until it is null.",
        errors: ["400 if `before` is not a `next` this procedure gave"],
      })
      .input(journalInput)
      .output(z.object({ entries: z.array(journalEntrySchema), next: z.string().nullable() }))
      .query(async ({ input }) => {
        const page = await journalPage(deps, input);
        return { entries: page.events.map(journalEntry), next: page.next };
      }),
  });
}
