/** Scheduled: retries pending expressions of interest with backoff and deletes delivered ones after retention. */
import type { Config } from '@netlify/functions';
import table from '../src/generated/routing.json' with { type: 'json' };
import { processQueue } from '../src/lib/interest/deliver.ts';
import type { RoutingTable } from '../src/lib/interest/routing.ts';
import { blobsStore } from '../src/lib/interest/store.ts';

export default async () => {
  const result = await processQueue(blobsStore(), { table: table as RoutingTable, env: process.env });
  // References and counts only: never personal data.
  console.info(
    `interest queue: ${result.delivered.length} delivered, ${result.failed.length} still failing, ${result.waiting} waiting, ${result.deleted.length} deleted after retention`,
  );
  return new Response(null, { status: 204 });
};

export const config: Config = { schedule: '@hourly' };
