import type { Locator } from "playwright-core";

/**
 * Chooses a territory in a territory field as a keyboard user does: types a code (or the first
 * letters of a name), goes down to the first option proposed and takes it with Enter.
 */
export async function chooseTerritory(field: Locator, typed: string) {
  await field.fill(typed);
  await field.press("ArrowDown");
  await field.press("Enter");
}
