import { router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import type { ProjectsDeps } from "../application/deps.js";
import { leverSchema } from "../domain/accompaniment/lever-catalogue.js";
import { leverView, leverViewSchema } from "./views/lever.view.js";

export function leversRouter(deps: ProjectsDeps) {
  return router({
    list: staffProcedure("anct", "prefecture", "partner")
      .meta({
        summary:
          "The catalogue of accompaniment levers (ingénierie, financement, moyens humains, mise en réseau), by family then label: " +
          "the codes `projects.planAccompaniment` accepts.",
      })
      .output(z.array(leverViewSchema))
      .query(async () => (await deps.levers.find({}).sort({ family: 1, label: 1 }).lean()).map(leverView)),
    save: staffProcedure("anct")
      .meta({
        summary:
          "Adds a lever to the catalogue, or replaces the one with the same `code` (ANCT), and answers it as saved. The code is the " +
          "lever's key in every plan: to rename a lever, change its label, not its code. Levers are never deleted.",
      })
      .input(leverSchema)
      .output(leverViewSchema)
      .mutation(async ({ input }) => {
        await deps.levers.updateOne({ _id: input.code }, { $set: input }, { upsert: true });
        return input;
      }),
  });
}
