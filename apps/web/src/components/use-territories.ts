import { useEffect, useState } from "react";
import type { TerritoryLists } from "../../../../packages/shared/src/territories/territory-label.js";

const keyOf = (departmentCode: string) => `tetris.territoires.${departmentCode}`;
/** One request per département and page load, however many fields ask. */
const loading = new Map<string, Promise<TerritoryLists | null>>();

function kept(departmentCode: string): TerritoryLists | null {
  try {
    return JSON.parse(localStorage.getItem(keyOf(departmentCode)) ?? "null") as TerritoryLists | null;
  } catch {
    return null;
  }
}

async function load(departmentCode: string): Promise<TerritoryLists | null> {
  try {
    const answer = await fetch(`/referentiel/territoires/${encodeURIComponent(departmentCode)}`);
    if (!answer.ok) return null;
    const lists = (await answer.json()) as TerritoryLists;
    try {
      // Kept for the live capture, which must go on without a network.
      localStorage.setItem(keyOf(departmentCode), JSON.stringify(lists));
    } catch {
      // Full or disabled storage: the lists are only not kept.
    }
    return lists;
  } catch {
    return kept(departmentCode);
  }
}

/**
 * The communes and EPCI of a département, from the gateway (the official referential), or the
 * copy kept on this device when the network is down; null while they load, empty lists when
 * they could not be had.
 */
export function useTerritories(departmentCode: string | null | undefined): TerritoryLists | null {
  const [lists, setLists] = useState<TerritoryLists | null>(null);
  useEffect(() => {
    if (!departmentCode) return;
    let current = true;
    let pending = loading.get(departmentCode);
    if (!pending) {
      pending = load(departmentCode);
      loading.set(departmentCode, pending);
    }
    void pending.then((loaded) => {
      if (current) setLists(loaded ?? { communes: [], epcis: [] });
      // A failed load is tried again by the next field that asks.
      if (!loaded) loading.delete(departmentCode);
    });
    return () => {
      current = false;
    };
  }, [departmentCode]);
  return lists;
}
