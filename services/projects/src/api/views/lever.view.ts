import { z } from "zod";
import { leverSchema } from "../../domain/accompaniment/lever-catalogue.js";
import type { Lever } from "../../domain/accompaniment/accompaniment-types.js";

/** A lever of the catalogue; plans name it by its `code`. */
export const leverViewSchema = leverSchema.describe("A lever of the catalogue; accompaniment plans name it by its `code`.");
export type LeverView = z.infer<typeof leverViewSchema>;

/** Field by field: the catalogue's documents also hold their _id and timestamps. */
export function leverView(l: Lever): LeverView {
  return { code: l.code, label: l.label, family: l.family, description: l.description };
}
