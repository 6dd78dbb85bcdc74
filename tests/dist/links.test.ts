/**
 * Every internal link of the built site leads somewhere: the page exists in
 * dist/ (or is a function address), and a #fragment names an element id on
 * that page, across pages too (/fi/alueet/porvoo/#kunta-porvoo).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, distDir, readPage } from '../support/pages.ts';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const ids = new Map<string, Set<string>>();
const idsOf = (path: string, html: string) => {
  let set = ids.get(path);
  if (!set) {
    set = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
    ids.set(path, set);
  }
  return set;
};

/** The built page or file an address leads to, the way the static host resolves it. */
function target(pathname: string): { path: string; html?: string } | undefined {
  const page = byPath.get(pathname) ?? (pathname.endsWith('.html') ? undefined : byPath.get(`${pathname}/`));
  if (page) return { path: page.path, html: readPage(page) };
  const file = join(distDir, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isFile()) return { path: pathname };
  return undefined;
}

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
/** Addresses answered by functions, not files. */
const functionPaths = /^\/api\//;
const base = 'http://site.invalid';

describe('internal links and anchors', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = readPage(page);
    idsOf(page.path, html);
    const refs = [...html.matchAll(/\s(?:href|src|action|srcset)="([^"]+)"/g)].map((m) => decode(m[1]!));
    for (const ref of refs) {
      for (const one of ref.split(/,\s+/).map((s) => s.trim().split(/\s+/)[0]!)) {
        if (/^(mailto|tel|data):/i.test(one)) continue;
        const url = new URL(one, base + page.path);
        if (url.origin !== base) continue;
        checked++;
        if (functionPaths.test(url.pathname)) continue;
        const found = target(url.pathname);
        if (!found) {
          broken.push(`${page.path} → ${one} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && found.html !== undefined && !idsOf(found.path, found.html).has(fragment)) {
          broken.push(`${page.path} → ${one} (no id "${fragment}")`);
        }
      }
    }
  }

  it('checks a good number of links', () => {
    expect(checked).toBeGreaterThan(pages.length * 5);
  });

  it('finds every linked page, file and anchor', () => {
    expect(broken).toEqual([]);
  });

  it('loads and links nothing over plain http (except the local build address)', () => {
    const insecure = pages.flatMap((page) =>
      [...readPage(page).matchAll(/\s(?:src|href)="(http:\/\/[^"]+)"/g)]
        .map((m) => m[1]!)
        .filter((u) => !u.startsWith('http://localhost') && !u.startsWith('http://127.0.0.1'))
        .map((u) => `${page.path}: ${u}`),
    );
    expect(insecure).toEqual([]);
  });
});
