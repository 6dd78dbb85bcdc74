/**
 * Webhook signatures: X-Polku-Signature is the hex HMAC-SHA256 of
 * `${timestamp}.${body}` with the institution's secret; X-Polku-Timestamp is
 * the Unix time in seconds. Receivers recompute it and reject old timestamps.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function sign(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

export function verify(
  secret: string,
  timestamp: string,
  body: string,
  signature: string,
  maxAgeSeconds = 300,
  now = Date.now(),
): boolean {
  const age = Math.abs(now / 1000 - Number(timestamp));
  if (!Number.isFinite(age) || age > maxAgeSeconds) return false;
  const expected = Buffer.from(sign(secret, timestamp, body), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** WEBHOOK_SECRET_<INSTITUTION_ID> with the id upper-cased and hyphens as underscores. */
export function secretName(institution: string): string {
  return `WEBHOOK_SECRET_${institution.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
