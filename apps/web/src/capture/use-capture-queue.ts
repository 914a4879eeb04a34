import { useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { describeError, workshops } from "../api.js";
import { CaptureQueue, type QueueStorage } from "./capture-queue.js";
import { CaptureSender } from "./capture-sender.js";
import { captureInput } from "./need-draft.js";

/** `localStorage`, reached only when used: a browser that refuses it throws there, where the queue handles it. */
export const browserStorage: QueueStorage = {
  getItem: (key) => localStorage.getItem(key),
  setItem: (key, value) => localStorage.setItem(key, value),
};

/**
 * The workshop's offline queue and its sender, for as long as the page shows the workshop:
 * the sender starts with the page and stops with it; what is queued stays on the device.
 */
export function useCaptureQueue(workshopId: string, onSent: () => void) {
  const latestOnSent = useRef(onSent);
  useEffect(() => {
    latestOnSent.current = onSent;
  });

  const { queue, sender } = useMemo(() => {
    const queue = new CaptureQueue(browserStorage, workshopId);
    const sender = new CaptureSender({
      queue,
      send: (item) => workshops.needs.capture.mutate(captureInput(item.workshopId, item.needId, item.draft)),
      describe: describeError,
      onSent: () => latestOnSent.current(),
      events: window,
    });
    return { queue, sender };
  }, [workshopId]);

  useEffect(() => {
    sender.start();
    // Another tab on the same workshop changed the queue.
    const onStorage = (event: StorageEvent) => {
      if (event.key === queue.key || event.key === null) queue.refresh();
    };
    addEventListener("storage", onStorage);
    return () => {
      removeEventListener("storage", onStorage);
      sender.stop();
    };
  }, [queue, sender]);

  const items = useSyncExternalStore(
    useMemo(() => (listener: () => void) => queue.subscribe(listener), [queue]),
    () => queue.items(),
  );
  const state = useSyncExternalStore(
    useMemo(() => (listener: () => void) => sender.subscribe(listener), [sender]),
    () => sender.state(),
  );
  return { queue, sender, items, state };
}
