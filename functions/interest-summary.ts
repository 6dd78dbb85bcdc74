/** Scheduled: each institution's counts of the previous month, by e-mail, once per institution and month. */
import type { Config } from '@netlify/functions';
import table from '../src/generated/routing.json' with { type: 'json' };
import { configFromEnvironment } from '../src/lib/interest/config.ts';
import { blobsCounts } from '../src/lib/interest/counts.ts';
import type { RoutingTable } from '../src/lib/interest/routing.ts';
import { sendMonthlySummaries } from '../src/lib/interest/summary.ts';
import { createTransport } from '../src/lib/interest/transports.ts';

const settings = configFromEnvironment();

export default async () => {
  const result = await sendMonthlySummaries({
    table: table as RoutingTable,
    config: settings,
    counts: blobsCounts(),
    transport: createTransport(settings),
  });
  console.info(
    `interest summaries ${result.month}: ${result.sent.length} sent, ${result.skipped.length} sent before, ${result.empty.length} without submissions, ${result.failed.length} failed`,
  );
  return new Response(null, { status: 204 });
};

// 06:00 UTC on each of the first seven days: the first run sends, the markers make the rest
// send nothing, and a month whose first run failed is sent on a later day.
export const config: Config = { schedule: '0 6 1-7 * *' };
