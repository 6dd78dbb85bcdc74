/**
 * Build cost on generated content: N trainings per language (default 2,000)
 * next to the sample content, built by Polku (with its Pagefind index) and, as
 * the yardstick, by a bare Astro site of the same Markdown: one page per text,
 * no components, no integrations but the same Pagefind indexing, generated into
 * a temporary folder and built with the same Astro from node_modules. The two
 * builds alternate, so both see the same load on a shared machine. Prints
 * seconds (and processor seconds, on Linux) per build, and Polku's cost per
 * page as a ratio to the bare site's. Asserts nothing.
 *
 *   npm run bench:build [-- --trainings 2000 --rounds 3]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface BuildRun {
  pages: number;
  seconds: number;
  /** Processor time of the build and everything it started (Linux only), which other work on the machine disturbs far less. */
  cpuSeconds: number | undefined;
  indexSeconds: number | undefined;
}

export interface BuildFigures {
  trainings: number;
  generateSeconds: number;
  polku: BuildRun[];
  bare: BuildRun[];
}

const root = resolve(import.meta.dirname, '..');
const astroBin = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');

function countHtml(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (e) => e.isFile() && e.name.endsWith('.html'),
  ).length;
}

/** User + system time of this process's finished children, from /proc (Linux); undefined elsewhere. */
function childrenCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // cutime and cstime, fields 16 and 17 of stat(5), in clock ticks (100 per second on Linux).
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return undefined;
  }
}

function astroBuild(args: string[], out: string, env: NodeJS.ProcessEnv = {}): BuildRun {
  rmSync(out, { recursive: true, force: true });
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const result = spawnSync(process.execPath, [astroBin, 'build', ...args, '--outDir', out], {
    cwd: root,
    env: { ...process.env, ...env, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpuSeconds();
  if (result.status !== 0) throw new Error(`build failed:\n${(result.stdout + result.stderr).slice(-3000)}`);
  const index = /Search index: \d+ pages in (\d+) ms/.exec(result.stdout);
  return {
    pages: countHtml(out),
    seconds,
    cpuSeconds: cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore,
    indexSeconds: index ? Number(index[1]) / 1000 : undefined,
  };
}

/** A minimal Astro project: every fi.md/sv.md under `content` becomes one page, indexed by Pagefind. */
function writeBareSite(dir: string, content: string): void {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { close, createIndex } from 'pagefind';
export default defineConfig({
  output: 'static',
  cacheDir: './.astro-cache',
  integrations: [{
    name: 'bare-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { index } = await createIndex({});
        const added = await index.addDirectory({ path: new URL(dir).pathname });
        await index.writeFiles({ outputPath: new URL('pagefind', dir).pathname });
        await close();
        logger.info(\`Search index: \${added.page_count} pages in \${Math.round(performance.now() - started)} ms\`);
      },
    },
  }],
});
`,
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  texts: defineCollection({
    loader: glob({ pattern: '*/*/{fi,sv}.md', base: ${JSON.stringify(content)}, generateId: ({ entry }) => entry.replace(/\\.md$/, '') }),
  }),
};
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('texts')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang={entry.id.endsWith('/sv') ? 'sv' : 'fi'}>
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
  );
}

export function benchBuild(trainings: number, rounds = 3): BuildFigures {
  // Inside the project's ignored .cache/, so the bare site resolves astro and pagefind from node_modules.
  mkdirSync(join(root, '.cache'), { recursive: true });
  const work = mkdtempSync(join(root, '.cache', 'bench-build-'));
  try {
    const content = join(work, 'content');
    const bareSite = join(work, 'bare');
    let started = performance.now();
    execFileSync(
      process.execPath,
      [join(root, 'scripts', 'generate-content.ts'), '--trainings', String(trainings), '--out', content],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    const generateSeconds = (performance.now() - started) / 1000;
    writeBareSite(bareSite, content);
    const figures: BuildFigures = { trainings, generateSeconds, polku: [], bare: [] };
    // Its own folder for the function's generated tables, so the site in the working tree keeps its own.
    const polkuBuild = () =>
      astroBuild([], join(work, 'dist-polku'), {
        POLKU_CONTENT_DIR: content,
        POLKU_GENERATED_DIR: join(work, 'generated'),
      });
    const bareBuild = () => astroBuild(['--root', bareSite], join(work, 'dist-bare'));
    // One untimed build of each first, as every build after a site's first one: Polku draws its
    // share images into .cache/share (about 35 ms each) and both fill Astro's content cache.
    polkuBuild();
    bareBuild();
    for (let round = 1; round <= rounds; round++) {
      const polku = polkuBuild();
      const bare = bareBuild();
      const cpu = (r: BuildRun) => (r.cpuSeconds === undefined ? '' : ` (${r.cpuSeconds.toFixed(1)} s processor)`);
      console.log(
        `  round ${round}: Polku ${polku.pages} pages in ${polku.seconds.toFixed(1)} s${cpu(polku)},` +
          ` bare ${bare.pages} pages in ${bare.seconds.toFixed(1)} s${cpu(bare)}`,
      );
      figures.polku.push(polku);
      figures.bare.push(bare);
    }
    return figures;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export function printBuild(f: BuildFigures): void {
  const line = (name: string, runs: BuildRun[]) => {
    const seconds = median(runs.map((r) => r.seconds));
    const pages = runs[0]!.pages;
    const index = runs.map((r) => r.indexSeconds).filter((s) => s !== undefined);
    const cpu = runs.map((r) => r.cpuSeconds).filter((s) => s !== undefined);
    console.log(
      `  ${name.padEnd(6)} ${String(pages).padStart(5)} pages  ${seconds.toFixed(1).padStart(5)} s build + index` +
        `  (index ${index.length ? median(index).toFixed(1) : 'n/a'} s` +
        `${cpu.length ? `, processor ${median(cpu).toFixed(1)} s` : ''})  ${((seconds / pages) * 1000).toFixed(2)} ms/page`,
    );
  };
  console.log(
    `\nBuild cost (${f.trainings} generated trainings per language + sample content, median of ${f.polku.length} alternating runs)`,
  );
  console.log(`  content generated in ${f.generateSeconds.toFixed(1)} s`);
  line('Polku', f.polku);
  line('bare', f.bare);
  // Each round's ratio compares two builds run back to back, so it is what survives a machine whose load changes.
  const ratios = (cost: (r: BuildRun) => number | undefined) => {
    const each = f.polku.map((p, i) => {
      const b = f.bare[i]!;
      const [pc, bc] = [cost(p), cost(b)];
      return pc === undefined || bc === undefined ? undefined : pc / p.pages / (bc / b.pages);
    });
    return each.every((r) => r !== undefined) ? (each as number[]) : undefined;
  };
  const say = (what: string, rs: number[] | undefined) => {
    if (!rs) return;
    const sorted = [...rs].sort((a, b) => a - b);
    console.log(
      `  Polku's ${what} per page: ${median(rs).toFixed(2)} × the bare Astro + Pagefind site's` +
        ` (median of the rounds; ${sorted[0]!.toFixed(2)}–${sorted.at(-1)!.toFixed(2)})`,
    );
  };
  say(
    'time',
    ratios((r) => r.seconds),
  );
  say(
    'processor time',
    ratios((r) => r.cpuSeconds),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { trainings: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '3' } },
  });
  printBuild(benchBuild(Number(values.trainings), Number(values.rounds)));
}
