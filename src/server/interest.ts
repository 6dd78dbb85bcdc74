/**
 * The site's server side of the interest form: one handler per function
 * instance, with the configuration read once and the routing table the build
 * wrote from content/ (src/integrations/interest-routing.ts), the same one the
 * retry function and the form's lists use.
 */
import generated from '../generated/routing.json' with { type: 'json' };
import { configFromEnvironment } from '../lib/interest/config.ts';
import { blobsCounts } from '../lib/interest/counts.ts';
import { createInterestHandler } from '../lib/interest/handler.ts';
import type { RoutingTable } from '../lib/interest/routing.ts';
import { blobsStore } from '../lib/interest/store.ts';

let handler: ReturnType<typeof createInterestHandler> | undefined;
export const routingTable = generated as RoutingTable;

export async function interestHandler() {
  handler ??= createInterestHandler({
    table: routingTable,
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
