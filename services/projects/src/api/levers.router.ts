import { router, staffProcedure } from "@tetris/shared";
import { leverSchema } from "../domain/accompaniment/lever-catalogue.js";
import type { ProjectsDeps } from "../application/deps.js";

export function leversRouter(deps: ProjectsDeps) {
  return router({
    list: staffProcedure("anct", "prefecture", "partner")
      .meta({ summary: "The catalogue of accompaniment levers." })
      .query(async () => (await deps.levers.find({}).sort({ family: 1, label: 1 }).lean()).map(({ _id: _, ...l }) => l)),
    save: staffProcedure("anct")
      .meta({ summary: "Adds a lever to the catalogue, or edits one (ANCT)." })
      .input(leverSchema)
      .mutation(async ({ input }) => {
        await deps.levers.updateOne({ _id: input.code }, { $set: input }, { upsert: true });
        return input;
      }),
  });
}
