import { useCallback, useEffect, useState } from "react";
import { workshops } from "../api.js";
import type { WorkshopView } from "./workshop-types.js";

export interface LoadedWorkshop {
  workshop: WorkshopView | null;
  error: unknown;
  loading: boolean;
  /** Loads the day again from the server (after someone else changed it, or a failed load). */
  reload: () => void;
  /** Applies a change the server accepted at once, before the reload that follows confirms it. */
  patch: (change: (workshop: WorkshopView) => WorkshopView) => void;
  /** After a planning edit: keeps the version the server answered (for the next edit), then reloads. */
  saved: (version: number, change?: (workshop: WorkshopView) => WorkshopView) => void;
}

/**
 * The workshop day, loaded when the page opens and again on `reload()`. The last data stay shown
 * while reloading or after a failed reload; an answer that arrives after the page moved on is dropped.
 */
export function useWorkshop(workshopId: string): LoadedWorkshop {
  const [workshop, setWorkshop] = useState<WorkshopView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let current = true;
    setLoading(true);
    setError(null);
    workshops.workshops.get.query({ workshopId }).then(
      (value) => {
        if (!current) return;
        setWorkshop(value);
        setLoading(false);
      },
      (err: unknown) => {
        if (!current) return;
        setError(err);
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [workshopId, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const patch = useCallback((change: (w: WorkshopView) => WorkshopView) => setWorkshop((w) => (w ? change(w) : w)), []);
  const saved = useCallback(
    (version: number, change?: (w: WorkshopView) => WorkshopView) => {
      setWorkshop((w) => (w ? { ...(change ? change(w) : w), version } : w));
      setRound((r) => r + 1);
    },
    [],
  );
  return { workshop, error, loading, reload, patch, saved };
}
