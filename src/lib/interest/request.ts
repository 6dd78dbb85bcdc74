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

export async function readSubmission(req: Request): Promise<ReadResult> {
  const headerLocale = localeFromHeader(req.headers.get('accept-language'));
  const kind = bodyKind(req.headers.get('content-type'));
  if (req.method !== 'POST')
    return { ok: false, status: 405, key: 'interest.error.method', kind, locale: headerLocale };
  if (!kind) return { ok: false, status: 415, key: 'interest.error.mediaType', kind, locale: headerLocale };
  const declared = Number(req.headers.get('content-length') ?? '0');
  if (declared > maxBodyBytes)
    return { ok: false, status: 413, key: 'interest.error.tooLarge', kind, locale: headerLocale };
  const bytes = new Uint8Array(await req.arrayBuffer());
  if (bytes.byteLength > maxBodyBytes)
    return { ok: false, status: 413, key: 'interest.error.tooLarge', kind, locale: headerLocale };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, key: 'interest.error.malformed', kind, locale: headerLocale };
  }
  if (kind === 'form') {
    const data = Object.fromEntries(new URLSearchParams(text));
    return { ok: true, kind, data, locale: localeOf(data, headerLocale) };
  }
  try {
    const data: unknown = JSON.parse(text);
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object');
    const record = data as Record<string, unknown>;
    return { ok: true, kind, data: record, locale: localeOf(record, headerLocale) };
  } catch {
    return { ok: false, status: 400, key: 'interest.error.malformed', kind, locale: headerLocale };
  }
}
