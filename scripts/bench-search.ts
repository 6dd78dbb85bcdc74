/**
 * Search benchmark: recall@5 of the sample content over the query set in
 * tests/fixtures/search-queries.json (with the misses), index size per
 * language, bytes fetched for a first query, and the time from typing to
 * results in Chromium, for the sample content and for a generated tree of
 * 2,000 trainings per language. Prints figures; asserts nothing.
 *
 *   npm run bench:search [-- --trainings 2000]
 *   npm run bench:search -- --recall-only [--dist dist]   # recall of an existing build, no build
 */
import { execFileSync } from 'node:child_process';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/support/browser.ts';
import { readQuerySet, recallAt } from '../tests/support/search-recall.ts';
import { defaultSource, generateContent } from './generate-content.ts';
import { startLocalServer } from './local-server.ts';

const { values } = parseArgs({
  options: {
    trainings: { type: 'string', default: '2000' },
    'recall-only': { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
  },
});
const queries = {
  fi: { path: '/fi/haku/', label: 'Hakusana', words: ['logistiikkaan', 'kiinteistöpalveluja'] },
  sv: { path: '/sv/sok/', label: 'Sökord', words: ['logistik', 'fastighetsservice'] },
};

function sizeOf(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((sum, f) => sum + sizeOf(join(path, f)), 0);
}

function indexSizes(pagefindDir: string): Record<string, number> {
  const sizes: Record<string, number> = {};
  const add = (lang: string, bytes: number) => (sizes[lang] = (sizes[lang] ?? 0) + bytes);
  for (const sub of ['index', 'fragment', 'filter']) {
    for (const f of readdirSync(join(pagefindDir, sub))) add(f.split('_')[0]!, sizeOf(join(pagefindDir, sub, f)));
  }
  for (const f of readdirSync(pagefindDir)) {
    const meta = /^pagefind\.(\w+)_\w+\.pf_meta$/.exec(f) ?? /^wasm\.(\w+)\.pagefind$/.exec(f);
    if (meta) add(meta[1]!, sizeOf(join(pagefindDir, f)));
  }
  return sizes;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

function build(contentDir: string, outDir: string): number {
  const started = performance.now();
  execFileSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...process.env, POLKU_CONTENT_DIR: contentDir, POLKU_GENERATED_DIR: `${outDir}-generated` },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return (performance.now() - started) / 1000;
}

/** A pass-through in front of the local server that counts the bytes of every response (workers' fetches too). */
async function countingProxy(target: string) {
  let bytes = 0;
  let paths: string[] = [];
  const server = createServer((req, res) => {
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.on('data', (chunk: Buffer) => (bytes += chunk.length));
      up.pipe(res);
    });
    paths.push(req.url ?? '');
    req.pipe(upstream);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    reset() {
      const seen = { bytes, paths };
      bytes = 0;
      paths = [];
      return seen;
    },
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

async function measure(distDir: string, label: string): Promise<void> {
  const server = await startLocalServer({ distDir, blobsDir: join(distDir, '..', 'blobs') });
  const proxy = await countingProxy(server.url);
  const browser = await launchBrowser();
  try {
    for (const [lang, q] of Object.entries(queries)) {
      const context = await browser.newContext();
      const page = await context.newPage();
      proxy.reset();
      await page.goto(`${proxy.url}${q.path}`, { waitUntil: 'networkidle' });
      await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
      const pageBytes = proxy.reset().bytes;
      let bytes = 0;
      let fetched: string[] = [];
      const timings: number[] = [];
      for (const word of q.words) {
        const input = page.getByLabel(q.label);
        await input.fill('');
        // An empty query clears the results; the next ones are then surely new.
        await page.locator('.finder-results').waitFor({ state: 'detached' });
        const t0 = performance.now();
        await input.fill(word);
        await page.locator(`.finder-results[data-q="${word}"]`).waitFor({ state: 'attached' });
        timings.push(performance.now() - t0);
        await page.waitForLoadState('networkidle');
        if (timings.length === 1) ({ bytes, paths: fetched } = proxy.reset());
      }
      if (process.env['BENCH_VERBOSE']) console.log(fetched.join('\n'));
      console.log(
        `  ${label} ${lang}: page load ${kb(pageBytes)}; first query "${q.words[0]}": ${kb(bytes)} fetched, ` +
          `${timings[0]!.toFixed(0)} ms from typing to results; second query "${q.words[1]}": ${timings[1]!.toFixed(0)} ms ` +
          `(both include the finder's 200 ms pause after typing)`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await proxy.close();
    await server.close();
  }
}

/** recall@5 per language over the whole query set, with each miss and what came instead. */
async function recall(distDir: string): Promise<void> {
  const server = await startLocalServer({ distDir, blobsDir: join(distDir, '..', 'blobs') });
  const browser = await launchBrowser();
  try {
    const set = readQuerySet();
    for (const locale of ['fi', 'sv'] as const) {
      const r = await recallAt(browser, server.url, locale, set[locale]);
      console.log(`  recall@5 ${locale}: ${r.hits}/${r.total} = ${((100 * r.hits) / r.total).toFixed(1)} %`);
      for (const m of r.misses) console.log(`    miss "${m.q}" → ${m.expect}; got ${m.got.join(', ') || 'nothing'}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (values['recall-only']) {
  await recall(values.dist);
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'polku-bench-search-'));
try {
  const source = defaultSource();
  const cases: Array<{ label: string; content: string }> = [{ label: 'sample', content: source }];
  const n = Number(values.trainings);
  const generated = generateContent({ trainings: n, out: join(work, 'content-generated'), from: source });
  if (n > 0) cases.push({ label: `generated (${generated.trainings} trainings)`, content: generated.dir });
  for (const c of cases) {
    const dist = join(work, c.label.split(' ')[0]!, 'dist');
    const seconds = build(c.content, dist);
    const sizes = indexSizes(join(dist, 'pagefind'));
    console.log(`\n${c.label}: built in ${seconds.toFixed(1)} s (Astro + Pagefind)`);
    for (const [lang, size] of Object.entries(sizes).filter(([l]) => l in queries))
      console.log(`  index ${lang}: ${kb(size)} on disk`);
    if (c.label === 'sample') await recall(dist);
    await measure(dist, c.label.split(' ')[0]!);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(0);
