/**
 * POST /api/interest: read → rate limit → validate → route → store → deliver
 * → answer. JSON gets JSON; a form post gets a 303 to the confirmation page,
 * or, when something must be fixed, the form page again with the values kept
 * (no personal data ever goes into a URL).
 */
import { withSecurityHeaders } from '../security-headers.ts';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { deliver } from './deliver.ts';
import { schemaMessages } from './messages.ts';
import { readPresets, thanksUrl } from './paths.ts';
import { createRateLimiter, type RateLimiter, rateLimitFromEnv } from './rate-limit.ts';
import { newRecord } from './record.ts';
import { newReference } from './reference.ts';
import { readSubmission } from './request.ts';
import { resolveDestination, knownIds, localizedName, type RoutingTable } from './routing.ts';
import { createInterestSchema, fieldErrors, fillTimeField, honeypotField } from './schema.ts';
import type { InterestStore } from './store.ts';
import type { Transport } from './transports.ts';

/** Renders the form page again for a browser without JavaScript. */
export type FormPageRenderer = (args: {
  locale: Locale;
  values: Record<string, string>;
  errors: Record<string, string>;
}) => string;

export interface HandlerDeps {
  table: RoutingTable;
  store: () => InterestStore;
  env?: () => Record<string, string | undefined>;
  limiter?: RateLimiter;
  renderFormPage?: FormPageRenderer;
  transport?: () => Transport | undefined;
  /** A script-recorded fill time below this is a robot (default 2.5 s). */
  minFillMs?: number;
  log?: Pick<Console, 'error' | 'warn' | 'info'>;
}

export interface ClientContext {
  ip?: string;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });

const html = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: withSecurityHeaders(
      { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
      body,
    ),
  });

const redirect = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });

function stringValues(data: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) if (typeof v === 'string' || typeof v === 'boolean') out[k] = String(v);
  return out;
}

export function createInterestHandler(deps: HandlerDeps) {
  const env = deps.env ?? (() => process.env);
  const limiter = deps.limiter ?? createRateLimiter(rateLimitFromEnv(env()));
  const minFillMs = deps.minFillMs ?? 2500;
  const ids = knownIds(deps.table);
  const log = deps.log ?? console;

  return async function handle(req: Request, context: ClientContext = {}): Promise<Response> {
    if (req.method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: 'POST, OPTIONS' } });
    const read = await readSubmission(req);
    const problem = (
      status: number,
      locale: Locale,
      message: string,
      kind: 'json' | 'form' | undefined,
      data: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ) => {
      if (kind === 'form' && deps.renderFormPage && (status === 422 || status === 429)) {
        return html(
          status,
          deps.renderFormPage({ locale, values: stringValues(data), errors: { form: message } }),
          headers,
        );
      }
      if (kind === 'form' && status !== 422) {
        return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', ...headers } });
      }
      return json(status, { errors: { form: message } }, headers);
    };
    if (!read.ok) {
      const t = useTranslations(read.locale);
      return problem(
        read.status,
        read.locale,
        t(read.key),
        read.kind,
        {},
        read.status === 405 ? { Allow: 'POST, OPTIONS' } : {},
      );
    }
    const { kind, data, locale } = read;
    const t = useTranslations(locale);

    const wait = limiter.hit(context.ip ?? req.headers.get('x-nf-client-connection-ip') ?? 'unknown');
    if (wait !== undefined) {
      const minutes = Math.max(1, Math.ceil(wait / 60));
      return problem(429, locale, t('interest.error.rateLimited', { minutes }), kind, data, {
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
    const fillMs = Number(data[fillTimeField]);
    const isSpam =
      Boolean(data[honeypotField]) ||
      (data[fillTimeField] !== undefined && data[fillTimeField] !== '' && !(fillMs >= minFillMs));
    if (!parsed.success) {
      const errors = fieldErrors(parsed.error);
      if (kind === 'form' && deps.renderFormPage)
        return html(422, deps.renderFormPage({ locale, values: stringValues(data), errors }));
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

    if (isSpam) {
      // Looks like success, is never stored or forwarded.
      const reference = newReference();
      return kind === 'form'
        ? redirect(thanksUrl(locale, reference, institution.id))
        : json(202, { reference, institution });
    }

    const store = deps.store();
    let record = newRecord(newReference(), submission, destination, new Date());
    while (!(await store.create(record))) record = newRecord(newReference(), submission, destination, new Date());
    const transport = deps.transport?.();
    await deliver(record, store, { table: deps.table, env: env(), log, ...(transport ? { transport } : {}) });

    return kind === 'form'
      ? redirect(thanksUrl(locale, record.reference, institution.id))
      : json(202, { reference: record.reference, institution });
  };
}
