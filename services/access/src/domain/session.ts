/** How long a session lives: without use (idle) and at most (absolute, ProConnect's 12 h). */
export interface SessionLifetimes {
  idleSeconds: number;
  maxSeconds: number;
}

/** A use extends the idle expiry, but the database is written at most once a minute per session. */
export const TOUCH_EVERY_MS = 60_000;

export interface SessionTimes {
  lastSeenAt: Date;
  absoluteExpiresAt: Date;
}

export function idleExpiryOf(session: SessionTimes, lifetimes: SessionLifetimes): Date {
  return new Date(session.lastSeenAt.getTime() + lifetimes.idleSeconds * 1000);
}

/** When the session ends if unused from now: the earlier of its idle and absolute expiries. */
export function expiryOf(session: SessionTimes, lifetimes: SessionLifetimes): Date {
  const idle = idleExpiryOf(session, lifetimes);
  return idle < session.absoluteExpiresAt ? idle : session.absoluteExpiresAt;
}

export function isExpired(session: SessionTimes, lifetimes: SessionLifetimes, now: Date): boolean {
  return now >= expiryOf(session, lifetimes);
}

export function needsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS;
}
