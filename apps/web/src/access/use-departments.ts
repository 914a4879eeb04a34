import { useEffect, useState } from "react";

export interface Department {
  code: string;
  name: string;
}

let loaded: Promise<Department[]> | null = null;

/** The départements of the referential (served by the gateway), fetched once per page load. */
export function useDepartments(): { list: Department[]; nameOf: (code: string) => string } {
  const [list, setList] = useState<Department[]>([]);
  useEffect(() => {
    loaded ??= fetch("/referentiel/departements").then((r) => (r.ok ? (r.json() as Promise<Department[]>) : []), () => []);
    let current = true;
    void loaded.then((l) => current && setList(l));
    return () => {
      current = false;
    };
  }, []);
  const names = new Map(list.map((d) => [d.code, d.name]));
  return { list, nameOf: (code) => (names.has(code) ? `${names.get(code)} (${code})` : code) };
}
