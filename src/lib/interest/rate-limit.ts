/**
 * Per-client rate limit, a fixed window in memory. It counts ACCEPTED
 * submissions, so a person fixing mistakes is never locked out and forty
 * people behind one info-session Wi-Fi can all send theirs; a flood from one
 * client is stopped by the accepted count, and a flood of refused posts by a
 * ten times larger cap on attempts. It counts per function instance: several
 * warm instances each keep their own count, and a cold start forgets it.
 */
export interface RateLimiter {
  /** undefined when the client may post now; otherwise seconds until it may. */
  check(client: string, now?: number): number | undefined;
  /** Counts one accepted submission. */
  accepted(client: string, now?: number): void;
}

interface Window {
  start: number;
  accepted: number;
  attempts: number;
}

export function createRateLimiter(limit: number, windowMs = 10 * 60_000): RateLimiter {
  const windows = new Map<string, Window>();
  const current = (client: string, now: number): Window => {
    let w = windows.get(client);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, accepted: 0, attempts: 0 };
      windows.set(client, w);
      if (windows.size > 10_000) {
        for (const [key, value] of windows) if (now - value.start >= windowMs) windows.delete(key);
      }
    }
    return w;
  };
  return {
    check(client, now = Date.now()) {
      const w = current(client, now);
      w.attempts++;
      if (w.accepted < limit && w.attempts <= limit * 10) return undefined;
      return Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
    },
    accepted(client, now = Date.now()) {
      current(client, now).accepted++;
    },
  };
}
