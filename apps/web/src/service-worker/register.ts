/**
 * Registers the service worker that lets the pages reopen offline (see `service-worker.ts`).
 * Only in a production build served over http(s), as the gateway serves it: Vite dev has no
 * worker to serve, and a worker there would keep stale modules between edits.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator) || !location.protocol.startsWith("http")) return;
  // After the page's own loading, which matters more on a slow network than the precache does.
  const register = () =>
    navigator.serviceWorker.register("/service-worker.js", { scope: "/" }).catch(() => {
      // Without the worker the pages still work online; the next visit tries again.
    });
  if (document.readyState === "complete") void register();
  else addEventListener("load", () => void register(), { once: true });
}
