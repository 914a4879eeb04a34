import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { territoryLabeller, type ReferentialTerritory } from "./territory-label.js";

/**
 * The communes and EPCI of a département, from the official geographic referential
 * (@etalab/decoupage-administratif, published by Etalab from INSEE and DGCL data). The files
 * are read once, on first use; the package's own index.js resolves them against the working
 * directory, so they are read here by path.
 */

interface CommuneRecord {
  code: string;
  nom: string;
  departement: string;
  type: string;
}
interface EpciRecord {
  code: string;
  nom: string;
  membres: { code: string }[];
}

const require = createRequire(import.meta.url);
const readData = <T>(file: string): T =>
  JSON.parse(readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), "utf8")) as T;

interface DepartmentTerritories {
  communes: ReferentialTerritory[];
  epcis: ReferentialTerritory[];
  communeCodes: Set<string>;
  epciCodes: Set<string>;
}

let loaded: { byDepartment: Map<string, DepartmentTerritories>; epciOfCommune: Map<string, ReferentialTerritory> } | undefined;

function load() {
  if (loaded) return loaded;
  const byDepartment = new Map<string, DepartmentTerritories>();
  const of = (dep: string) => {
    let entry = byDepartment.get(dep);
    if (!entry) {
      entry = { communes: [], epcis: [], communeCodes: new Set(), epciCodes: new Set() };
      byDepartment.set(dep, entry);
    }
    return entry;
  };
  const departmentOfCommune = new Map<string, string>();
  // Only current communes: associated or delegated former communes are not answering bodies.
  for (const c of readData<CommuneRecord[]>("communes.json")) {
    if (c.type !== "commune-actuelle") continue;
    departmentOfCommune.set(c.code, c.departement);
    const entry = of(c.departement);
    entry.communes.push({ code: c.code, name: c.nom });
    entry.communeCodes.add(c.code);
  }
  const epciOfCommune = new Map<string, ReferentialTerritory>();
  for (const e of readData<EpciRecord[]>("epci.json")) {
    const epci = { code: e.code, name: e.nom };
    // An EPCI may straddle départements: it belongs to each one it has a member commune in.
    const departments = new Set<string>();
    for (const m of e.membres) {
      epciOfCommune.set(m.code, epci);
      const dep = departmentOfCommune.get(m.code);
      if (dep) departments.add(dep);
    }
    for (const dep of departments) {
      of(dep).epcis.push(epci);
      of(dep).epciCodes.add(e.code);
    }
  }
  for (const entry of byDepartment.values()) {
    entry.communes.sort((a, b) => a.name.localeCompare(b.name, "fr"));
    entry.epcis.sort((a, b) => a.name.localeCompare(b.name, "fr"));
  }
  loaded = { byDepartment, epciOfCommune };
  return loaded;
}

const empty: DepartmentTerritories = { communes: [], epcis: [], communeCodes: new Set(), epciCodes: new Set() };

export function territoriesOf(departmentCode: string): { communes: ReferentialTerritory[]; epcis: ReferentialTerritory[] } {
  const { communes, epcis } = load().byDepartment.get(departmentCode) ?? empty;
  return { communes, epcis };
}

/** Whether a code names a commune or an EPCI of the département (the case's own territory). */
export function territoryExistsIn(departmentCode: string) {
  const entry = load().byDepartment.get(departmentCode) ?? empty;
  return (code: string, kind: "commune" | "epci") => (kind === "commune" ? entry.communeCodes : entry.epciCodes).has(code);
}

export function territoryName(departmentCode: string, code: string): string | undefined {
  const { communes, epcis } = territoriesOf(departmentCode);
  return (communes.find((c) => c.code === code) ?? epcis.find((e) => e.code === code))?.name;
}

/** Turns a code of the département into « Verdun (55545) » (the code alone if it is not one of its territories). */
export function territoryLabelIn(departmentCode: string): (code: string) => string {
  return territoryLabeller(territoriesOf(departmentCode));
}

export function epciOfCommune(communeCode: string): ReferentialTerritory | undefined {
  return load().epciOfCommune.get(communeCode);
}

interface DepartmentRecord {
  code: string;
  nom: string;
  /** INSEE's "type de nom en clair": which article the name takes (3: la Meuse, 5: l'Ariège). */
  typeLiaison: number;
}

let departments: Map<string, DepartmentRecord> | undefined;
const departmentsByCode = () => (departments ??= new Map(readData<DepartmentRecord[]>("departements.json").map((d) => [d.code, d])));
const departmentOf = (code: string) => departmentsByCode().get(code);

/** Every département, by code, with its name: for the pages that choose among them. */
export function allDepartments(): { code: string; name: string }[] {
  return [...departmentsByCode().values()].map((d) => ({ code: d.code, name: d.nom }));
}

/** The name of a département ("Ariège" for 09), from the same referential. */
export function departmentName(code: string): string {
  return departmentOf(code)?.nom ?? code;
}

// The article after « de », by INSEE's type: de Paris, d'Orléans, du Nord, de la Meuse, des Vosges, de l'Ariège.
const afterDe = ["de ", "d'", "du ", "de la ", "des ", "de l'", "des ", "de las ", "de los "];

/** « de la Meuse », « de l'Ariège », « du Nord »: the département as French writes it after « préfecture ». */
export function ofDepartment(code: string): string {
  const department = departmentOf(code);
  return department ? `${afterDe[department.typeLiaison] ?? "de "}${department.nom}` : `du département ${code}`;
}
