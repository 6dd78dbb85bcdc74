/** POST /api/interest: a thin shell over src/lib/interest (see docs/interest.md). */
import type { Config, Context } from '@netlify/functions';
import table from '../src/generated/routing.json' with { type: 'json' };
import pages from '../src/generated/interest-pages.json' with { type: 'json' };
import { parseConfig } from '../src/lib/interest/config.ts';
import { createInterestHandler } from '../src/lib/interest/handler.ts';
import type { RoutingTable } from '../src/lib/interest/routing.ts';
import { blobsStore } from '../src/lib/interest/store.ts';
import { createFormPageRenderer, type PageTemplates } from '../src/server/form-page.tsx';

// Read once, at start: a configuration that makes no sense stops the function here, with its reason.
const settings = parseConfig(process.env);

const handle = createInterestHandler({
  table: table as RoutingTable,
  config: settings,
  store: blobsStore,
  renderFormPage: createFormPageRenderer(table as RoutingTable, pages as PageTemplates),
});

export default (req: Request, context: Context) =>
  handle(req, { ip: context.ip, waitUntil: (promise) => context.waitUntil(promise) });

export const config: Config = { path: '/api/interest' };
