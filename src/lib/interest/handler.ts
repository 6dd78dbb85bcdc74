/**
 * POST /api/interest: read → rate limit → validate → route → store → answer,
 * then deliver after answering (`waitUntil`), so the person never waits on a
 * mail server or a webhook. JSON gets JSON; a form post gets a 303 to the
 * confirmation page, or, when something must be fixed, the form page again
 * with the values kept (no personal data ever goes into a URL).
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import type { InterestConfig } from './config.ts';
import { deliverClaimed, errorCode, type Log } from './deliver.ts';
import { rateLimitedMessage, schemaMessages } from './messages.ts';
import { readPresets, thanksUrl } from './paths.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { leaseFor, newRecord, type InterestRecord } from './record.ts';
import { newReference } from './reference.ts';
import { readSubmission } from './request.ts';
import { knownIds, localizedName, resolveDestination, type RoutingTable } from './routing.ts';
import {
  createInterestSchema,
  fieldErrors,
  fillTimeField,
  honeypotField,
  idempotencyField,
  idempotencyKeyPattern,
} from './schema.ts';
import type { CountsStore } from './counts.ts';
import type { InterestStore } from './store.ts';
import type { Transport } from './transports.ts';

/**
 * A form post (no JavaScript) that must be fixed: the page shows the form
 * again with these values and errors. The site renders it, with the same
 * components as the form page.
 */
export interface FormAnswer {
  status: 422 | 429;
  locale: Locale;
  values: Record<string, string>;
  errors: Record<string, string>;
  headers: Record<string, string>;
}

export interface HandlerDeps {
  table: RoutingTable;
  config: InterestConfig;
  store: () => InterestStore;
  limiter?: RateLimiter;
  transport?: () => Transport | undefined;
  /** Where submissions are counted, at each delivery attempt (counts.ts); unset, nothing is counted. */
  counts?: () => CountsStore;
  /** A script-recorded fill time below this is a robot (default 2.5 s). */
  minFillMs?: number;
  log?: Log;
}

export interface ClientContext {
  ip?: string;
  /** Keeps the function alive for work after the answer (Netlify Functions v2). */
  waitUntil?: (promise: Promise<unknown>) => void;
}

/** How long the same idempotency key keeps answering with the same reference. */
export const idempotencyWindowMs = 24 * 3_600_000;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

const redirect = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

function stringValues(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string' || typeof v === 'boolean') out[k] = String(v);
  return out;
}

/** A fill time is a whole number of milliseconds: a JSON number, or digits in a form post. */
function readFillMs(value: unknown): number | undefined | 'invalid' {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === 'string' && /^\d{1,10}$/.test(value)) return Number(value);
  return 'invalid';
}

/** Without a key from the page (no JavaScript), the same answers posted twice are the same submission. */
function idempotencyKeyOf(given: string | undefined, submission: object): string {
  const source = given ?? `content:${JSON.stringify(submission)}`;
  return createHash('sha256').update(source).digest('base64url');
}

export function createInterestHandler(deps: HandlerDeps) {
  const limiter = deps.limiter ?? createRateLimiter(deps.config.rateLimit);
  const minFillMs = deps.minFillMs ?? 2500;
  const ids = knownIds(deps.table);
  const log = deps.log ?? console;

  /** Stores a new record with the first sender's lease already on it; its etag. */
  async function createRecord(
    store: InterestStore,
    submission: InterestRecord['submission'],
    owner: string,
    now: Date,
  ) {
    const destination = resolveDestination(deps.table, submission)!;
    const lease = leaseFor(owner, now, deps.config.leaseMs);
    for (;;) {
      const record = newRecord(newReference(), submission, destination, now, lease);
      const etag = await store.create(record);
      if (etag) return { record, etag };
    }
  }

  return async function handle(req: Request, context: ClientContext = {}): Promise<Response | FormAnswer> {
    if (req.method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: 'POST, OPTIONS' } });
    const read = await readSubmission(req);
    const problem = (
      status: number,
      locale: Locale,
      message: string,
      kind: 'json' | 'form' | undefined,
      data: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ): Response | FormAnswer => {
      if (kind === 'form' && (status === 422 || status === 429))
        return { status, locale, values: stringValues(data), errors: { form: message }, headers };
      if (kind === 'form' && status !== 422) {
        return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } });
      }
      return json(status, { errors: { form: message } }, headers);
    };
    if (!read.ok) {
      const t = useTranslations(read.locale);
      const headers: Record<string, string> = read.status === 405 ? { Allow: 'POST, OPTIONS' } : {};
      return problem(read.status, read.locale, t(read.key), read.kind, {}, headers);
    }
    const { kind, data, locale } = read;
    const t = useTranslations(locale);
    const client = context.ip ?? req.headers.get('x-nf-client-connection-ip') ?? 'unknown';

    const wait = limiter.check(client);
    if (wait !== undefined) {
      return problem(429, locale, rateLimitedMessage(locale, wait), kind, data, {
        'Retry-After': String(wait),
      });
    }

    // A form post from a page without script: source and campaign from the form page's own address.
    if (kind === 'form') {
      const referer = req.headers.get('referer');
      if (referer && URL.canParse(referer)) {
        const presets = readPresets(new URL(referer).searchParams);
        if (!data['source'] && presets.source) data['source'] = presets.source;
        if (!data['campaign'] && presets.campaign) data['campaign'] = presets.campaign;
      }
    }

    const schema = createInterestSchema(schemaMessages(locale), ids);
    const parsed = schema.safeParse(data);
    const fillMs = readFillMs(data[fillTimeField]);
    const keyValue = req.headers.get('idempotency-key') ?? data[idempotencyField];
    const keyOk =
      keyValue === undefined ||
      keyValue === '' ||
      (typeof keyValue === 'string' && idempotencyKeyPattern.test(keyValue));
    if (!parsed.success || fillMs === 'invalid' || !keyOk) {
      const errors = parsed.success ? {} : fieldErrors(parsed.error);
      if (fillMs === 'invalid' || !keyOk) errors['form'] ??= t('form.error.invalid');
      if (kind === 'form') return { status: 422, locale, values: stringValues(data), errors, headers: {} };
      return json(422, { errors });
    }
    const { consent: _consent, ...submission } = parsed.data;
    const destination = resolveDestination(deps.table, submission);
    if (!destination) {
      log.error('interest: the routing table has no intake for a known municipality; check content');
      return json(500, { errors: { form: t('interest.error.network') } });
    }
    const institution = {
      id: destination.institution,
      name: localizedName(deps.table.institutions[destination.institution]!.name, locale),
    };
    const answer = (reference: string) =>
      kind === 'form' ? redirect(thanksUrl(locale, reference, institution.id)) : json(202, { reference, institution });

    const isSpam = Boolean(data[honeypotField]) || (fillMs !== undefined && fillMs < minFillMs);
    // Looks like success, is never stored or forwarded.
    if (isSpam) return answer(newReference());

    const store = deps.store();
    const now = new Date();
    const key = idempotencyKeyOf(typeof keyValue === 'string' && keyValue ? keyValue : undefined, submission);
    const earlier = await store.keyReference(key);
    if (earlier && now.getTime() - Date.parse(earlier.at) < idempotencyWindowMs) return answer(earlier.reference);

    const owner = randomUUID();
    const { record, etag } = await createRecord(store, submission, owner, now);
    if (!(await store.linkKey(key, record.reference, now))) {
      // The same submission arrived twice at once and the other one linked first: keep that one.
      await store.remove(record.reference);
      const first = await store.keyReference(key);
      if (first) return answer(first.reference);
    }
    limiter.accepted(client);

    const transport = deps.transport?.();
    const counts = deps.counts?.();
    const delivery = deliverClaimed(record, etag, {
      table: deps.table,
      config: deps.config,
      store,
      log,
      owner,
      ...(transport ? { transport } : {}),
      ...(counts ? { counts } : {}),
    }).catch((error: unknown) => {
      log.error(`interest ${record.reference}: first attempt stopped (${errorCode(error)}); the retry pass takes it`);
    });
    if (context.waitUntil) context.waitUntil(delivery);
    return answer(record.reference);
  };
}
