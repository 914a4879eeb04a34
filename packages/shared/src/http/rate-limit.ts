import type { Request, RequestHandler, Response } from "express";
import { sendHttpError } from "./http-errors.js";

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept before the full (idle) ones are dropped, so that memory stays bounded. */
const PRUNE_ABOVE = 10_000;

/**
 * A token bucket per caller, in memory: `perMinute` requests at once, refilled continuously at
 * `perMinute` a minute. In memory is enough because a service runs as one process and a restart
 * forgiving everyone is harmless; several replicas would each allow as much.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = perMinute / 60_000;
  }

  /** Takes one token for `key`: 0 if granted, otherwise the seconds to wait for the next one. */
  take(key: string): number {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, at: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= PRUNE_ABOVE) this.prune(now);
      this.buckets.set(key, bucket);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
  }

  private prune(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * this.perMs >= this.perMinute) this.buckets.delete(key);
    }
  }
}

/**
 * Limits each caller to `perMinute` requests (0 turns the limit off). `callerOf` names the
 * caller: the principal for a signed-in user, so that colleagues behind one address (a
 * préfecture's network, the web gateway) do not share a budget; the address otherwise.
 */
export function rateLimit(perMinute: number, callerOf: (req: Request, res: Response) => string): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next();
  const buckets = new TokenBuckets(perMinute);
  return (req, res, next) => {
    const wait = buckets.take(callerOf(req, res));
    if (wait === 0) return next();
    res.setHeader("Retry-After", String(wait));
    sendHttpError(res, 429, "TOO_MANY_REQUESTS", `Trop de requêtes : réessayez dans ${wait} s.`);
  };
}
