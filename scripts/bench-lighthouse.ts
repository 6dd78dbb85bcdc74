/**
 * Lighthouse (mobile profile, simulated throttling) on one page of every kind
 * in each language, against the built site served with its real headers.
 * Drives Debian's Chromium through its remote-debugging port. Prints the four
 * category scores and LCP, TBT and CLS per page. Asserts nothing.
 *
 *   npm run bench:lighthouse [-- --only training,home]
 */
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/support/browser.ts';
import { representativePages } from '../tests/support/pages.ts';
import { startLocalServer } from './local-server.ts';

export interface LighthouseRow {
  path: string;
  kind: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  failed: string[];
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

export async function benchLighthouse(only?: string[]): Promise<LighthouseRow[]> {
  if (!chromiumPath) throw new Error('No Chromium: set CHROMIUM_PATH or install chromium.');
  const server = await startLocalServer({ env: { OUTBOX_DIR: '.data/bench-outbox' } });
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
    ],
  });
  const rows: LighthouseRow[] = [];
  try {
    const pages = representativePages().filter((p) => !only || only.includes(p.kind));
    for (const page of pages) {
      // A run whose trace lacks a paint (it happens now and then on a busy machine) is run again.
      let lhr;
      for (let attempt = 0; attempt < 3; attempt++) {
        const result = await lighthouse(`${server.url}${page.path}`, {
          port,
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        lhr = result?.lhr;
        if (lhr?.categories['performance']?.score != null) break;
        const why = lhr?.runtimeError?.message ?? lhr?.audits['largest-contentful-paint']?.errorMessage ?? 'no result';
        process.stderr.write(`\n${page.path}: ${why}; running again\n`);
      }
      if (!lhr) continue;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const num = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const failed = Object.values(lhr.categories)
        .filter((c) => c.id !== 'performance')
        .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]!))
        .filter((a) => a.score !== null && a.score < 1)
        .map((a) => a.id);
      rows.push({
        path: page.path,
        kind: page.kind,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: num('largest-contentful-paint'),
        tbtMs: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
        failed: [...new Set(failed)],
      });
      process.stderr.write('.');
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stderr.write('\n');
  return rows;
}

export function printLighthouse(rows: LighthouseRow[]): void {
  console.log('\nLighthouse, mobile profile (simulated slow 4G, 4× CPU slowdown)');
  console.log('| page | kind | perf | a11y | best practices | SEO | LCP | TBT | CLS | audits below 100 |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.path} | ${r.kind} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ` +
        `${(r.lcpMs / 1000).toFixed(2)} s | ${Math.round(r.tbtMs)} ms | ${r.cls.toFixed(3)} | ${r.failed.join(', ') || '–'} |`,
    );
  }
  const min = (k: 'performance' | 'accessibility' | 'bestPractices' | 'seo') => Math.min(...rows.map((r) => r[k]));
  console.log(
    `Lowest: performance ${min('performance')}, accessibility ${min('accessibility')}, best practices ${min('bestPractices')}, SEO ${min('seo')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  printLighthouse(await benchLighthouse(values.only?.split(',')));
}
