/**
 * npm run bench: every benchmark in turn (Lighthouse per page kind, build
 * throughput on generated content, the interest function under load). Each
 * part also runs alone: npm run bench:lighthouse | bench:build | bench:function.
 * Lighthouse and the function run against the current dist/: build first.
 */
import { parseArgs } from 'node:util';
import { benchBuild, printBuild } from './bench-build.ts';
import { benchFunction, printFunction } from './bench-function.ts';
import { benchLighthouse, printLighthouse } from './bench-lighthouse.ts';

const { values } = parseArgs({ options: { trainings: { type: 'string', default: '2000' } } });

printLighthouse(await benchLighthouse());
printFunction(await benchFunction({ rate: 200, seconds: 10, connections: 20 }));
printBuild(benchBuild(Number(values.trainings)));
