/** Reading a POST to /api/interest: method, media type, size, body and language. */
import { type Locale } from '../../i18n/locales.ts';
import type { UiKey } from '../../i18n/ui.ts';

export const maxBodyBytes = 16 * 1024;

export type BodyKind = 'json' | 'form';

export type ReadResult =
  | { ok: true; kind: BodyKind; data: Record<string, unknown>; locale: Locale }
  | { ok: false; status: 400 | 405 | 413 | 415; key: UiKey; kind: BodyKind | undefined; locale: Locale };

/** The first of fi/sv in Accept-Language, by quality; Finnish when none. */
export function localeFromHeader(header: string | null): Locale {
  if (!header) return 'fi';
  const ranked = header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = Number(params.find((p) => p.trim().startsWith('q='))?.split('=')[1] ?? '1');
      return { lang: tag.trim().toLowerCase().slice(0, 2), q: Number.isFinite(q) ? q : 0, i };
    })
    .sort((a, b) => b.q - a.q || a.i - b.i);
  const hit = ranked.find((r) => r.lang === 'fi' || r.lang === 'sv');
  return (hit?.lang as Locale | undefined) ?? 'fi';
}

export function bodyKind(contentType: string | null): BodyKind | undefined {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  return undefined;
}

function localeOf(data: Record<string, unknown>, fallback: Locale): Locale {
  return data['locale'] === 'sv' || data['locale'] === 'fi' ? data['locale'] : fallback;
}

/** The body, or undefined past `max` bytes: reading stops there, so a huge body is never buffered. */
async function readLimited(req: Request, max: number): Promise<Uint8Array | undefined> {
  if (!req.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

/**
 * application/x-www-form-urlencoded, strictly: a percent-escape that is not
 * UTF-8 is an error (URLSearchParams would turn it into U+FFFD silently), and
 * so is a field given twice.
 */
export function parseFormBody(text: string): Record<string, string> | undefined {
  const data: Record<string, string> = {};
  if (text === '') return data;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const [rawKey, rawValue] = at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
    if (Object.hasOwn(data, key)) return undefined;
    data[key] = value;
  }
  return data;
}

/** True when every string in a parsed JSON value is well-formed Unicode (no lone surrogates). */
function wellFormed(value: unknown): boolean {
  if (typeof value === 'string') return value.isWellFormed();
  if (Array.isArray(value)) return value.every(wellFormed);
  if (value && typeof value === 'object')
    return Object.entries(value).every(([k, v]) => k.isWellFormed() && wellFormed(v));
  return true;
}

export async function readSubmission(req: Request): Promise<ReadResult> {
  const headerLocale = localeFromHeader(req.headers.get('accept-language'));
  const kind = bodyKind(req.headers.get('content-type'));
  const fail = (status: 400 | 405 | 413 | 415, key: UiKey): ReadResult => ({
    ok: false,
    status,
    key,
    kind,
    locale: headerLocale,
  });
  if (req.method !== 'POST') return fail(405, 'interest.error.method');
  if (!kind) return fail(415, 'interest.error.mediaType');
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBodyBytes) return fail(413, 'interest.error.tooLarge');
  const bytes = await readLimited(req, maxBodyBytes);
  if (!bytes) return fail(413, 'interest.error.tooLarge');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(400, 'interest.error.encoding');
  }
  if (kind === 'form') {
    const data = parseFormBody(text);
    if (!data) return fail(400, 'interest.error.encoding');
    return { ok: true, kind, data, locale: localeOf(data, headerLocale) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(400, 'interest.error.malformed');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail(400, 'interest.error.malformed');
  if (!wellFormed(data)) return fail(400, 'interest.error.encoding');
  const record = data as Record<string, unknown>;
  return { ok: true, kind, data: record, locale: localeOf(record, headerLocale) };
}
