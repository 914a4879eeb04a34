/**
 * What the pages do with a call that failed, whichever page sends: wait out what may pass (the
 * network, the gateway, a service restarting, a rate limit), stop on what cannot (the caller is
 * not, or no longer, allowed), and give back to the person what is theirs to correct.
 */
export type FailureKind = "transient" | "blocked" | "rejected";

/** Which failures to wait out, which stop everything, which are the item's own. */
export function failureKind(status: number | null): FailureKind {
  if (status === null) return "transient"; // no answer, or not one of the service's (gateway down, proxy page)
  if (status === 401 || status === 403) return "blocked";
  if (status === 408 || status === 429 || status >= 500) return "transient";
  if (status >= 400) return "rejected";
  return "transient";
}

/** 1 s, 2 s, 4 s… up to `maxMs`, give or take a fifth so that many devices do not retry together. */
export function backoffDelay(failures: number, random: () => number = Math.random, baseMs = 1000, maxMs = 30_000): number {
  const plain = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(plain * (0.8 + 0.4 * random()));
}
