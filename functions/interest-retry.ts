/** Scheduled: retries pending expressions of interest with backoff and deletes records after retention. */
import type { Config } from '@netlify/functions';
import table from '../src/generated/routing.json' with { type: 'json' };
import { parseConfig } from '../src/lib/interest/config.ts';
import { blobsCounts } from '../src/lib/interest/counts.ts';
import { processQueue } from '../src/lib/interest/deliver.ts';
import type { RoutingTable } from '../src/lib/interest/routing.ts';
import { blobsStore } from '../src/lib/interest/store.ts';

const settings = parseConfig(process.env);

export default async () => {
  const result = await processQueue({
    table: table as RoutingTable,
    config: settings,
    store: blobsStore(),
    counts: blobsCounts(),
  });
  // References and counts only: never personal data.
  console.info(
    `interest queue: ${result.delivered.length} delivered, ${result.failed.length} still failing, ${result.busy} being sent, ${result.waiting} waiting, ${result.quarantined.length} quarantined, ${result.deleted.length} deleted after retention, ${result.expired.length} undeliverable and deleted`,
  );
  return new Response(null, { status: 204 });
};

export const config: Config = { schedule: '@hourly' };
