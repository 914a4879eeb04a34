import { insertOnce } from "@tetris/shared";
import { defaultLevers } from "../domain/accompaniment/lever-catalogue.js";
import type { ProjectsDeps } from "./deps.js";

/** The lever catalogue ships with the product; ANCT's edits are never overwritten (insert only). */
export async function seedLevers(deps: Pick<ProjectsDeps, "levers">): Promise<void> {
  for (const lever of defaultLevers) await insertOnce(deps.levers, { _id: lever.code, ...lever });
}
