/**
 * Bytes of JavaScript the form page loads (raw and gzip): the island, the
 * React renderer and every module they import, plus inline scripts. Run after
 * a build: node scripts/measure-form-js.ts [page.html]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve('dist');
const page = process.argv[2] ?? join(dist, 'sv', 'intresse', 'index.html');
const html = readFileSync(page, 'utf8');
const entries = [...html.matchAll(/(?:component-url|renderer-url|src)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
const seen = new Map<string, Buffer>();
const visit = (url: string) => {
  const file = join(dist, url);
  if (seen.has(file)) return;
  const bytes = readFileSync(file);
  seen.set(file, bytes);
  for (const m of bytes.toString('utf8').matchAll(/(?:from|import)\s*"(\.\/[^"]+\.js)"/g)) {
    visit(join(dirname(url), m[1]!));
  }
};
entries.forEach(visit);
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!));
let raw = 0;
let gz = 0;
for (const [file, bytes] of seen) {
  const z = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  gz += z;
  console.log(`${file.replace(`${dist}/`, '')}: ${bytes.length} B raw, ${z} B gzip`);
}
for (const bytes of inline) {
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
console.log(`inline scripts: ${inline.length}, ${inline.reduce((a, b) => a + b.length, 0)} B raw`);
console.log(
  `total JavaScript on ${page.replace(`${dist}/`, '')}: ${raw} B raw, ${gz} B gzip (${(raw / 1024).toFixed(1)} KiB / ${(gz / 1024).toFixed(1)} KiB)`,
);
