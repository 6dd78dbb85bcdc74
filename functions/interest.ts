/** POST /api/interest: a thin shell over src/lib/interest (see docs/interest.md). */
import type { Config, Context } from '@netlify/functions';
import table from '../src/generated/routing.json' with { type: 'json' };
import pages from '../src/generated/interest-pages.json' with { type: 'json' };
import { createFormPageRenderer, type PageTemplates } from '../src/lib/interest/form-page.ts';
import { createInterestHandler } from '../src/lib/interest/handler.ts';
import type { RoutingTable } from '../src/lib/interest/routing.ts';
import { blobsStore } from '../src/lib/interest/store.ts';

const handle = createInterestHandler({
  table: table as RoutingTable,
  store: blobsStore,
  renderFormPage: createFormPageRenderer(table as RoutingTable, pages as PageTemplates),
});

export default (req: Request, context: Context) => handle(req, { ip: context.ip });

export const config: Config = { path: '/api/interest' };
