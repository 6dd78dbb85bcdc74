/**
 * Page weight budgets: for one page of every kind in each language, the
 * bytes of HTML, CSS, JavaScript and images it loads before any interaction,
 * and the number of requests. Prints a table; exits 1 when a page is over
 * budget. Budgets live in budgets.json. Run after the build: npm run budget.
 *
 * JavaScript counts scripts, island components and their renderers with all
 * their static imports (what Astro hydrates on load); code a page loads only
 * when used (the search index) is not counted.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuiltPage, distDir, representativePages } from '../tests/support/pages.ts';

type Figures = { jsBytes: number; cssBytes: number; htmlBytes: number; imageBytes: number; requests: number };
type Budgets = { default: Figures; kinds: Record<string, Partial<Figures>> };

const budgetsFile = join(dirname(new URL(import.meta.url).pathname), '..', 'budgets.json');

export function budgetFor(budgets: Budgets, kind: string): Figures {
  const wildcard = Object.entries(budgets.kinds).find(([k]) => k.endsWith('/*') && kind.startsWith(k.slice(0, -1)));
  return { ...budgets.default, ...(budgets.kinds[kind] ?? wildcard?.[1] ?? {}) };
}

const fileOf = (url: string) => join(distDir, decodeURIComponent(url.split(/[?#]/)[0]!));
const sizeOf = (url: string) => (existsSync(fileOf(url)) ? statSync(fileOf(url)).size : 0);
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** A module and everything it imports statically (import … from "x", import "x"), as site paths. */
function moduleGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(fileOf(entry))) return seen;
  seen.add(entry);
  const code = readFileSync(fileOf(entry), 'utf8');
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g)) {
    const spec = m[1]!;
    const resolved = spec.startsWith('/') ? spec : posix.join(posix.dirname(entry), spec);
    moduleGraph(resolved, seen);
  }
  return seen;
}

export interface Measured extends Figures {
  jsGzip: number;
  cssGzip: number;
  htmlGzip: number;
}

export function measure(page: BuiltPage): Measured {
  const html = readFileSync(page.file, 'utf8');
  const abs = (url: string) => new URL(url, `http://x${page.path}`).pathname;
  const tags = [...html.matchAll(/<(script|link|img|astro-island|source)\b[^>]*>/g)].map((m) => m[0]);
  const css = new Set<string>();
  const js = new Set<string>();
  const images = new Set<string>();
  let inlineJs = '';
  for (const tag of tags) {
    if (tag.startsWith('<link')) {
      const rel = attr(tag, 'rel') ?? '';
      const href = attr(tag, 'href');
      if (!href || /^https?:/.test(href)) continue;
      if (rel === 'stylesheet') css.add(abs(href));
      if (rel === 'modulepreload') moduleGraph(abs(href), js);
      if (/\bicon\b/.test(rel)) images.add(abs(href));
    } else if (tag.startsWith('<script')) {
      const src = attr(tag, 'src');
      if (src) moduleGraph(abs(src), js);
    } else if (tag.startsWith('<astro-island')) {
      for (const name of ['component-url', 'renderer-url']) {
        const url = attr(tag, name);
        if (url) moduleGraph(abs(url), js);
      }
    } else {
      const src = attr(tag, 'src');
      if (src && !src.startsWith('data:')) images.add(abs(src));
    }
  }
  // JSON-LD and other data blocks are not JavaScript: the browser never runs them.
  for (const m of html.matchAll(/<script\b(?![^>]*\s(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/g))
    inlineJs += m[1];
  const read = (set: Set<string>) =>
    Buffer.concat([...set].filter((u) => existsSync(fileOf(u))).map((u) => readFileSync(fileOf(u))));
  const jsAll = Buffer.concat([read(js), Buffer.from(inlineJs)]);
  const cssAll = read(css);
  const sum = (set: Set<string>) => [...set].reduce((n, u) => n + sizeOf(u), 0);
  return {
    htmlBytes: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    cssBytes: cssAll.length,
    cssGzip: gzipSync(cssAll).length,
    jsBytes: jsAll.length,
    jsGzip: jsAll.length ? gzipSync(jsAll).length : 0,
    imageBytes: sum(images),
    requests: 1 + css.size + js.size + images.size,
  };
}

const kb = (n: number) => (n === 0 ? '0' : `${(n / 1024).toFixed(1)}k`);

function main(): void {
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error('No built site: run npm run build first.');
    process.exit(2);
  }
  const budgets = JSON.parse(readFileSync(budgetsFile, 'utf8')) as Budgets;
  const rows: string[][] = [];
  const breaches: string[] = [];
  for (const page of representativePages()) {
    const m = measure(page);
    const b = budgetFor(budgets, page.kind);
    const cell = (k: keyof Figures, shown: string) => {
      const over = m[k] > b[k];
      if (over) breaches.push(`${page.path} (${page.kind}): ${k} ${m[k]} > budget ${b[k]}`);
      return `${over ? '✗ ' : ''}${shown} / ${k === 'requests' ? b[k] : kb(b[k])}`;
    };
    rows.push([
      page.kind,
      page.locale ?? '–',
      cell('jsBytes', `${kb(m.jsBytes)} (${kb(m.jsGzip)} gz)`),
      cell('cssBytes', `${kb(m.cssBytes)} (${kb(m.cssGzip)} gz)`),
      cell('htmlBytes', `${kb(m.htmlBytes)} (${kb(m.htmlGzip)} gz)`),
      cell('imageBytes', kb(m.imageBytes)),
      cell('requests', String(m.requests)),
    ]);
  }
  const head = ['kind', 'lang', 'JS / budget', 'CSS / budget', 'HTML / budget', 'images / budget', 'requests / budget'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  rows.sort((a, b) => a[0]!.localeCompare(b[0]!) || a[1]!.localeCompare(b[1]!)).forEach((r) => console.log(line(r)));
  if (breaches.length) {
    console.error(`\n${breaches.length} budget(s) exceeded:\n${breaches.map((b) => `  ${b}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`\nAll ${rows.length} pages are within budget (budgets.json).`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
