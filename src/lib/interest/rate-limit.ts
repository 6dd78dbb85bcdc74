/**
 * Per-client rate limit, a fixed window in memory. It counts per function
 * instance: several warm instances each keep their own count, and a cold start
 * forgets it, so this stops floods from one address, not a distributed attack.
 * POLKU_RATE_LIMIT sets requests per window (default 10 per 10 minutes).
 */
export interface RateLimiter {
  /** undefined when allowed; otherwise seconds until the client may try again. */
  hit(client: string, now?: number): number | undefined;
}

export function createRateLimiter(limit: number, windowMs = 10 * 60_000): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    hit(client, now = Date.now()) {
      let w = windows.get(client);
      if (!w || now - w.start >= windowMs) {
        w = { start: now, count: 0 };
        windows.set(client, w);
        if (windows.size > 10_000) {
          for (const [key, value] of windows) if (now - value.start >= windowMs) windows.delete(key);
        }
      }
      w.count++;
      if (w.count <= limit) return undefined;
      return Math.max(1, Math.ceil((w.start + windowMs - now) / 1000));
    },
  };
}

export function rateLimitFromEnv(env: Record<string, string | undefined>): number {
  const n = Number.parseInt(env['POLKU_RATE_LIMIT'] ?? '', 10);
  return Number.isFinite(n) && n > 0 ? n : 10;
}
