/**
 * The service worker: lets a tab reload or reopen while the network is down (a préfecture room
 * often has none), so that the live capture page shows and its queue of needs can go on.
 *
 * Caching strategy:
 * - Install precaches the app shell of THIS build, all at once: `/index.html`, the built assets
 *   and the DSFR files the pages use (the list is written in by the build, see
 *   `precache-plugin.ts`). The cache is named after the build, so the shell and the hashed
 *   assets it points to always come from the same build.
 * - Navigations: network first, so a new deployment is picked up as soon as it is reachable;
 *   only when the network fails is the cached `/index.html` answered (the page then routes
 *   itself). A page answered by the network is not written to the cache: it may name assets
 *   of a newer build that this cache does not hold.
 * - Precached files (hashed assets, DSFR): cache first, they never change under their URL within
 *   a build. Anything else goes to the network as if there were no worker.
 * - `/api/…` (the services' answers, exports and reports) is never cached nor answered from a
 *   cache: a stale answer would show data that is no longer true, or a file of another time.
 * - Activate deletes the caches of other builds, and the worker takes over the open tabs at
 *   once: a tab opened before the worker was installed can still be reloaded offline.
 *
 * Written without any import: the build emits it as one classic script at `/service-worker.js`.
 */

// A module for the type checker only (its names stay out of the pages' global scope); it exports nothing.
export {};

/** Written in by the build: a hash of what is precached, and the URLs to precache. */
declare const __TETRIS_PRECACHE__: { build: string; urls: string[] };

// The DOM types are the project's; these are the few service worker ones used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly location: Location;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: "install" | "activate", listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: "fetch", listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;
const precache = __TETRIS_PRECACHE__;
const PREFIX = "tetris-shell-";
const CACHE = `${PREFIX}${precache.build}`;
const SHELL = "/index.html";
const precached = new Set(precache.urls);

worker.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // "reload": past the HTTP cache, so that what is kept is what this build serves.
      await cache.addAll(precache.urls.map((url) => new Request(url, { cache: "reload" })));
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      await worker.clients.claim();
    })(),
  );
});

worker.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  // The sign-in's redirects and the session must always come from the gateway, never a cache.
  if (url.pathname.startsWith("/api/") || url.pathname.startsWith("/auth/") || url.pathname === "/healthz") return;
  if (request.mode === "navigate" && isPage(url.pathname)) {
    event.respondWith(networkFirst(request));
  } else if (precached.has(url.pathname) && url.search === "") {
    event.respondWith(cacheFirst(request));
  }
});

/** A path the single-page application answers, not a file the gateway serves. */
function isPage(pathname: string): boolean {
  return !pathname.startsWith("/assets/") && !pathname.startsWith("/dsfr/") && pathname !== "/service-worker.js";
}

async function networkFirst(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (err) {
    const shell = await caches.match(SHELL, { cacheName: CACHE });
    if (shell) return shell;
    throw err;
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached ?? fetch(request);
}
