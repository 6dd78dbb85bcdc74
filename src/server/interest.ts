/**
 * The site's server side of the interest form: one handler per function
 * instance, with the configuration read once and the routing table built
 * from the same content collections as the pages.
 */
import { getCatalog } from '../data/catalog.ts';
import { configFromEnvironment } from '../lib/interest/config.ts';
import { blobsCounts } from '../lib/interest/counts.ts';
import { createInterestHandler } from '../lib/interest/handler.ts';
import { buildRoutingTable, type RoutingTable } from '../lib/interest/routing.ts';
import { blobsStore } from '../lib/interest/store.ts';

let handler: ReturnType<typeof createInterestHandler> | undefined;
let table: RoutingTable | undefined;

export async function routingTable(): Promise<RoutingTable> {
  table ??= buildRoutingTable(await getCatalog());
  return table;
}

export async function interestHandler() {
  handler ??= createInterestHandler({
    table: await routingTable(),
    config: configFromEnvironment(),
    store: blobsStore,
    counts: () => blobsCounts(),
  });
  return handler;
}

/** Netlify's `context.waitUntil`, which functions/site.ts hands the page in `Astro.locals`. */
export function waitUntilOf(locals: unknown): ((promise: Promise<unknown>) => void) | undefined {
  return (locals as { waitUntil?: (promise: Promise<unknown>) => void }).waitUntil;
}
