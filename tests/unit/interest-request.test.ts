import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/lib/interest/config.ts';
import { backoffMinutes, nextAttempt } from '../../src/lib/interest/deliver.ts';
import { readPresets, thanksUrl } from '../../src/lib/interest/paths.ts';
import { createRateLimiter } from '../../src/lib/interest/rate-limit.ts';
import { localeFromHeader, readSubmission } from '../../src/lib/interest/request.ts';

const post = (body: string, type: string, headers: Record<string, string> = {}) =>
  new Request('http://x/api/interest', { method: 'POST', body, headers: { 'content-type': type, ...headers } });

describe('reading a request', () => {
  it('picks Finnish or Swedish from Accept-Language, by quality', () => {
    expect(localeFromHeader('sv-FI,sv;q=0.9,en;q=0.8')).toBe('sv');
    expect(localeFromHeader('en,fi;q=0.5,sv;q=0.7')).toBe('sv');
    expect(localeFromHeader('de')).toBe('fi');
    expect(localeFromHeader(null)).toBe('fi');
  });
  it('reads JSON and form posts; the locale field wins over the header', async () => {
    expect(await readSubmission(post('{"locale":"sv","name":"A"}', 'application/json; charset=utf-8'))).toMatchObject({
      ok: true,
      kind: 'json',
      locale: 'sv',
    });
    expect(
      await readSubmission(
        post('name=A+B&locale=fi', 'application/x-www-form-urlencoded', { 'accept-language': 'sv' }),
      ),
    ).toMatchObject({ ok: true, kind: 'form', locale: 'fi', data: { name: 'A B' } });
  });
  it('refuses other media types, big bodies, malformed JSON and other methods', async () => {
    expect(await readSubmission(post('x', 'text/plain'))).toMatchObject({ ok: false, status: 415 });
    expect(await readSubmission(post('x'.repeat(17_000), 'application/json'))).toMatchObject({
      ok: false,
      status: 413,
    });
    expect(await readSubmission(post('{"a":', 'application/json'))).toMatchObject({ ok: false, status: 400 });
    expect(await readSubmission(post('[1]', 'application/json'))).toMatchObject({ ok: false, status: 400 });
    expect(await readSubmission(new Request('http://x/api/interest'))).toMatchObject({ ok: false, status: 405 });
  });
});

describe('presets and addresses', () => {
  it("reads either language's query names", () => {
    expect(readPresets('?utbildning=a&källa=instagram&kampanja=k')).toEqual({
      training: 'a',
      source: 'instagram',
      campaign: 'k',
    });
    expect(readPresets('?koulutus=b&kunta=porvoo&lahde=info-session:x')).toEqual({
      training: 'b',
      municipality: 'porvoo',
      source: 'info-session:x',
    });
  });
  it('puts only the reference and institution in the confirmation address', () => {
    expect(thanksUrl('sv', 'ACDE3467', 'careeria')).toBe('/sv/intresse/tack/?viite=ACDE3467&oppilaitos=careeria');
  });
});

describe('rate limit', () => {
  it('counts accepted submissions, not refused attempts, per client and window', () => {
    const limiter = createRateLimiter(2, 60_000);
    // A person fixing mistakes: many refused posts, never locked out.
    for (let i = 0; i < 15; i++) expect(limiter.check('a', i)).toBeUndefined();
    limiter.accepted('a', 20);
    expect(limiter.check('a', 30)).toBeUndefined();
    limiter.accepted('a', 40);
    expect(limiter.check('a', 10_000)).toBe(50);
    expect(limiter.check('b', 10_000)).toBeUndefined();
    expect(limiter.check('a', 60_000)).toBeUndefined();
  });
  it('stops a flood of refused posts at ten times the limit', () => {
    const limiter = createRateLimiter(3, 60_000);
    for (let i = 0; i < 30; i++) expect(limiter.check('flood', i)).toBeUndefined();
    expect(limiter.check('flood', 31)).toBeGreaterThan(0);
  });
  it('lets forty people behind one address send theirs with the default limit', () => {
    const limiter = createRateLimiter(parseConfig({}).rateLimit);
    for (let i = 0; i < 40; i++) {
      expect(limiter.check('info-session-wifi', i * 1000)).toBeUndefined();
      limiter.accepted('info-session-wifi', i * 1000);
    }
  });
});

describe('retry backoff', () => {
  it('waits longer after each failure, for hours, then every 12 hours', () => {
    const now = new Date(0);
    const waits = [1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => (nextAttempt(n, now).getTime() - now.getTime()) / 60_000);
    expect(waits).toEqual([...backoffMinutes, 720, 720]);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(24 * 60);
  });
});
