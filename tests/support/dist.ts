/**
 * Reading the built site in dist/ for tests: list its pages, resolve a URL
 * path to a file the way a static host does, and pull the few things tests
 * look at out of a page's HTML. The HTML is Astro's own output (double-quoted
 * attributes), so small regular expressions suffice.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { loadContentDir, contentDirFromEnv } from '../../src/lib/content-files.ts';
import { buildRoutes, renderedOnRequest, type Route } from '../../src/lib/routes.ts';

export const distDir = join(process.cwd(), 'dist');
export const hasDist = existsSync(join(distDir, 'index.html'));

/** The route table of the content the site was built from (POLKU_CONTENT_DIR or content/). */
/** The routes built into dist/ (the confirmation pages are rendered on request instead). */
export function siteRoutes(): Route[] {
  return buildRoutes(loadContentDir(contentDirFromEnv())).filter((r) => !renderedOnRequest.has(r.kind));
}

/** Every HTML file under dist/, as URL paths ("/fi/", "/404.html"). */
export function htmlPaths(dir = distDir): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      // The web editor under /admin/ is no page of the site (tests/browser/editor.test.ts covers it).
      if (entry.isDirectory()) {
        if (relative(dir, full) !== 'admin') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = `/${relative(dir, full).split(sep).join('/')}`;
        out.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * The file a URL path is served from, or undefined. "/fi/x/" is a directory
 * with index.html; "/favicon.svg" is a file. A page path without its trailing
 * slash does not count: the site always links with one.
 */
export function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const file = join(distDir, clean.endsWith('/') ? `${clean}index.html` : clean);
  if (!file.startsWith(distDir)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export function decode(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Attribute value of a tag's source text, decoded; undefined when absent. */
export function attr(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:="([^"]*)"|(?=[\\s/>]))`, 'i').exec(tag);
  return match ? decode(match[1] ?? '') : undefined;
}

/** Opening tags of an element name, as source text. */
export function tags(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}(?=[\\s/>])[^>]*>`, 'gi')) ?? [];
}

/** Visible-ish text of an HTML fragment: tags dropped, entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return decode(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Page {
  path: string;
  html: string;
  lang: string | undefined;
  canonical: string | undefined;
  /** hreflang → href of `<link rel="alternate" hreflang>`. */
  alternates: Record<string, string>;
  /** `<a data-language-switch>` links: hreflang and href. */
  switches: Array<{ hreflang: string | undefined; href: string }>;
  noindex: boolean;
}

const cache = new Map<string, Page>();

export function readPage(path: string): Page {
  const hit = cache.get(path);
  if (hit) return hit;
  const file = fileFor(path);
  if (!file) throw new Error(`No page ${path} in dist/`);
  const html = readFileSync(file, 'utf8');
  const links = tags(html, 'link');
  const page: Page = {
    path,
    html,
    lang: attr(tags(html, 'html')[0] ?? '', 'lang'),
    canonical: links.filter((l) => attr(l, 'rel') === 'canonical').map((l) => attr(l, 'href')!)[0],
    alternates: Object.fromEntries(
      links
        .filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang'))
        .map((l) => [attr(l, 'hreflang')!, attr(l, 'href')!]),
    ),
    switches: tags(html, 'a')
      .filter((a) => attr(a, 'data-language-switch') !== undefined)
      .map((a) => ({ hreflang: attr(a, 'hreflang'), href: attr(a, 'href')! })),
    noindex: tags(html, 'meta').some((m) => attr(m, 'name') === 'robots' && /noindex/.test(attr(m, 'content') ?? '')),
  };
  cache.set(path, page);
  return page;
}

/** The site's own origin as the build wrote it into absolute URLs (from the entry page's canonical). */
export function siteOrigin(): string {
  const canonical = readPage('/').canonical;
  if (!canonical) throw new Error('The entry page has no canonical URL');
  return new URL(canonical).origin;
}

/**
 * Every internal address a page refers to (href, src, form action), as paths
 * with the query and fragment removed. External, mailto:, tel: and /api/ are
 * left out; absolute URLs on the site's own origin count as internal.
 */
export function internalLinks(page: Page, origin: string): string[] {
  const values: string[] = [];
  for (const [name, attribute] of [
    ['a', 'href'],
    ['link', 'href'],
    ['img', 'src'],
    ['script', 'src'],
    ['source', 'src'],
    ['iframe', 'src'],
    ['form', 'action'],
  ] as const) {
    for (const tag of tags(page.html, name)) {
      const value = attr(tag, attribute);
      if (value !== undefined) values.push(value);
    }
  }
  const base = new URL(page.path, origin);
  return values.flatMap((value) => {
    if (/^(mailto|tel|data|javascript):/i.test(value) || value.startsWith('#')) return [];
    const url = new URL(value, base);
    if (url.origin !== origin || url.pathname.startsWith('/api/')) return [];
    return [url.pathname];
  });
}
