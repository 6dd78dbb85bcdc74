/**
 * The confirmation pages (/fi/kiinnostus/kiitos/, /sv/intresse/tack/) with the
 * reference and the institution filled in on the server, so they work without
 * JavaScript. The built page is the template; the static file stays as fallback.
 */
import type { Config } from '@netlify/functions';
import table from '../src/generated/routing.json' with { type: 'json' };
import pages from '../src/generated/interest-pages.json' with { type: 'json' };
import { fillConfirmation } from '../src/lib/interest/confirmation.ts';
import type { PageTemplates } from '../src/server/form-page.tsx';
import { thanksPath } from '../src/lib/interest/paths.ts';
import type { RoutingTable } from '../src/lib/interest/routing.ts';
import { withSecurityHeaders } from '../src/lib/security-headers.ts';

const templates = pages as PageTemplates;

export default (req: Request) => {
  const url = new URL(req.url);
  const locale = url.pathname.startsWith('/sv/') ? 'sv' : 'fi';
  const template = templates.thanks[locale];
  if (!template) return new Response('Not found', { status: 404 });
  const body = fillConfirmation(template, locale, url.searchParams, table as RoutingTable);
  return new Response(body, {
    headers: withSecurityHeaders(
      { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' },
      body,
    ),
  });
};

export const config: Config = { path: [thanksPath('fi'), thanksPath('sv')] as Array<`/${string}`> };
