/**
 * Territory names for people, without the referential's files: what a page or an export holds
 * (the lists of `territoriesOf`) is enough. Kept apart from the referential so that the web
 * pages can use it (they cannot read files).
 */
export interface ReferentialTerritory {
  code: string;
  name: string;
}

export type TerritoryKind = "commune" | "epci";

/** The communes and EPCI of one département, as `territoriesOf` gives them. */
export interface TerritoryLists {
  communes: ReferentialTerritory[];
  epcis: ReferentialTerritory[];
}

/** « Verdun (55545) »; the code alone when the name is not known (a code from elsewhere, or not loaded yet). */
export function territoryLabel(code: string, name: string | undefined): string {
  return name ? `${name} (${code})` : code;
}

/** Turns a code into « Verdun (55545) » with the given lists; the lists are indexed once. */
export function territoryLabeller(lists: TerritoryLists): (code: string) => string {
  const names = new Map<string, string>();
  for (const t of [...lists.communes, ...lists.epcis]) names.set(t.code, t.name);
  return (code) => territoryLabel(code, names.get(code));
}
