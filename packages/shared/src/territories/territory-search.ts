import type { ReferentialTerritory, TerritoryKind, TerritoryLists } from "./territory-label.js";

export interface TerritoryOption extends ReferentialTerritory {
  kind: TerritoryKind;
}

/** Lower case, without accents, words separated by one space: « Saint-Rémy » and « saint remy » then compare equal. */
export function searchable(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
    .trim();
}

/** « Verdun — commune, 55545 », what an option of a territory list says. */
export function territoryOptionText(option: TerritoryOption): string {
  return `${option.name} — ${option.kind === "epci" ? "EPCI" : "commune"}, ${option.code}`;
}

/** The territories of the given kinds, EPCI first (fewer, and usually what is meant), each list in its order. */
export function territoryOptions(lists: TerritoryLists, kinds: readonly TerritoryKind[]): TerritoryOption[] {
  return [
    ...(kinds.includes("epci") ? lists.epcis.map((t) => ({ ...t, kind: "epci" as const })) : []),
    ...(kinds.includes("commune") ? lists.communes.map((t) => ({ ...t, kind: "commune" as const })) : []),
  ];
}

/**
 * The options whose name has a word starting with what was typed (« verd » finds Verdun and
 * « CA du Grand Verdun », « bonzee » finds Bonzée), or whose code starts with it; names that
 * start with it come first. At most `limit` are returned, with how many match in all.
 */
export function searchTerritories(options: TerritoryOption[], query: string, limit: number): { matches: TerritoryOption[]; total: number } {
  const typed = searchable(query);
  if (!typed) return { matches: [], total: 0 };
  const first: TerritoryOption[] = [];
  const then: TerritoryOption[] = [];
  for (const option of options) {
    const name = searchable(option.name);
    if (name.startsWith(typed) || option.code.toLowerCase().startsWith(typed)) first.push(option);
    else if (name.includes(` ${typed}`)) then.push(option);
  }
  const all = [...first, ...then];
  return { matches: all.slice(0, limit), total: all.length };
}
