/** GET /api/interest-counts: an institution's monthly counts as CSV, for its bearer token. */
import type { Config } from '@netlify/functions';
import table from '../src/generated/routing.json' with { type: 'json' };
import { configFromEnvironment } from '../src/lib/interest/config.ts';
import { createCountsEndpoint } from '../src/lib/interest/counts-endpoint.ts';
import { blobsCounts } from '../src/lib/interest/counts.ts';
import type { RoutingTable } from '../src/lib/interest/routing.ts';

const handle = createCountsEndpoint({
  table: table as RoutingTable,
  config: configFromEnvironment(),
  counts: () => blobsCounts(),
});

export default (req: Request) => handle(req);

// Literal, as Netlify reads it without running the code.
export const config: Config = { path: '/api/interest-counts' };
