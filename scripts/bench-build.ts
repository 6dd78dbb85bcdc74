/**
 * Build throughput on generated content: N trainings per language (default
 * 2,000) next to the real content, built with Astro and indexed by Pagefind.
 * Prints pages per second and the total build + index time. Asserts nothing.
 *
 *   npm run bench:build [-- --trainings 2000]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface BuildFigures {
  trainings: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  indexSeconds: number | undefined;
  generateSeconds: number;
}

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length;
}

export function benchBuild(trainings: number): BuildFigures {
  const work = mkdtempSync(join(tmpdir(), 'polku-bench-build-'));
  try {
    const content = join(work, 'content');
    const out = join(work, 'dist');
    let started = performance.now();
    execFileSync(
      process.execPath,
      ['scripts/generate-content.ts', '--trainings', String(trainings), '--out', content],
      {
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    const generateSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const result = spawnSync('npx', ['astro', 'build', '--outDir', out], {
      env: { ...process.env, POLKU_CONTENT_DIR: content, NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== 0) throw new Error(`build failed:\n${result.stderr.slice(-2000)}`);
    const index = /Search index: \d+ pages in (\d+) ms/.exec(result.stdout);
    const pages = countHtml(out);
    return {
      trainings,
      pages,
      seconds,
      pagesPerSecond: pages / seconds,
      indexSeconds: index ? Number(index[1]) / 1000 : undefined,
      generateSeconds,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function printBuild(f: BuildFigures): void {
  console.log(`\nBuild throughput (${f.trainings} generated trainings per language + sample content)`);
  console.log(`  content generated in      ${f.generateSeconds.toFixed(1)} s`);
  console.log(`  pages built               ${f.pages}`);
  console.log(`  build + index, total      ${f.seconds.toFixed(1)} s`);
  console.log(`  of which search index     ${f.indexSeconds === undefined ? 'n/a' : `${f.indexSeconds.toFixed(1)} s`}`);
  console.log(`  pages per second          ${f.pagesPerSecond.toFixed(0)}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { trainings: { type: 'string', default: '2000' } } });
  printBuild(benchBuild(Number(values.trainings)));
}
