/**
 * npm run bench: every benchmark in turn (Lighthouse per page kind, the
 * interest function under load, build throughput on generated content). Each
 * part also runs alone: npm run bench:lighthouse | bench:function | bench:build.
 * Lighthouse and the function run against the current dist/: build first.
 * A part that cannot run says why and the others still run.
 */
import { parseArgs } from 'node:util';
import { benchBuild, printBuild } from './bench-build.ts';
import { benchAndPrintFunction } from './bench-function.ts';
import { benchLighthouse, printLighthouse } from './bench-lighthouse.ts';

const { values } = parseArgs({ options: { trainings: { type: 'string', default: '2000' } } });
let failed = 0;

async function part(name: string, run: () => Promise<void> | void): Promise<void> {
  try {
    await run();
  } catch (error) {
    failed++;
    console.error(`\n${name}: could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}

await part('Lighthouse', async () => printLighthouse(await benchLighthouse()));
await part('Function', () => benchAndPrintFunction({ rate: 200, seconds: 10, connections: 20 }));
await part('Build', () => printBuild(benchBuild(Number(values.trainings))));
process.exit(failed ? 1 : 0);
