/**
 * Builds the Pagefind search index after `astro build`, into <outDir>/pagefind/.
 * Pagefind reads `<html lang>` and writes one index per language; only
 * elements inside `data-pagefind-body` (the <main> of indexable pages) count.
 *
 * Pagefind does not split compound words, so each page goes to the index with
 * the parts of its compounds added as hidden text (src/lib/compounds.ts,
 * judged against the vocabulary of all pages of that language). The pages on
 * disk stay as built: the parts exist only in the index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { type Locale, locales } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { compoundWords } from '../lib/compound-words.ts';
import { compoundSplitter, wordsOf } from '../lib/compounds.ts';
import { mapLimited } from '../lib/map-limited.ts';
import { keywordWeight } from '../lib/search-meta.ts';

interface IndexedPage {
  sourcePath: string;
  html: string;
  lang: Locale;
  /** What Pagefind indexes: the content of <main> without the parts it ignores. */
  main: string;
  /** Words of the indexed <main>, and of the editor's search words within it, each once. */
  words: string[];
  keywords: string[];
}

/** The HTML without elements marked data-pagefind-ignore (Pagefind skips them, so must the vocabulary). */
export function withoutIgnored(html: string): string {
  const open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/i;
  let out = html;
  for (let m = open.exec(out); m; m = open.exec(out)) {
    const tag = m[1]!.toLowerCase();
    const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = out.length;
    for (let t = tags.exec(out); t; t = tags.exec(out)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out = out.slice(0, m.index) + out.slice(end);
  }
  return out;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'", '#x27': "'" };
const textOfHtml = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (all, name: string) => entities[name] ?? all);

/** The language and words of a page that Pagefind would index; undefined for pages it skips. */
export function indexedPage(sourcePath: string, html: string): IndexedPage | undefined {
  const body = html.indexOf('data-pagefind-body');
  const lang = /<html[^>]*\slang="([a-z]+)/.exec(html)?.[1] as Locale | undefined;
  if (body < 0 || !lang || !locales.includes(lang)) return undefined;
  const main = withoutIgnored(html.slice(html.indexOf('>', body) + 1, html.lastIndexOf('</main>')));
  const keywords = /<p[^>]*data-search-keywords[^>]*>([\s\S]*?)<\/p>/.exec(main)?.[1] ?? '';
  const unique = (text: string) => [...new Set(wordsOf(textOfHtml(text)))];
  return { sourcePath, html, lang, main, words: unique(main), keywords: unique(keywords) };
}

/**
 * What Pagefind reads for a page: its language, title and <main> (the opening tag with its
 * attributes, the content without what Pagefind ignores), then the compound parts of its words.
 * Parts of search words weigh as much as those. Each short run of parts starts with the
 * search-words label, so an excerpt that shows them shows the label too and the finder can show
 * the summary instead. Pagefind builds the same index from this as from the whole page (same
 * fragments, same files) while reading less than half the bytes.
 */
export function indexDocument(page: IndexedPage, label: string, parts: { keywords: string[]; text: string[] }): string {
  const block = (words: string[], weight?: number) => {
    const runs: string[] = [];
    for (let i = 0; i < words.length; i += partsPerRun) runs.push(words.slice(i, i + partsPerRun).join(', '));
    const attrs = weight ? ` data-pagefind-weight="${weight}"` : '';
    return runs.map((run) => `<p hidden${attrs}>${label}: ${run}.</p>`).join('');
  };
  const { html } = page;
  const at = html.indexOf('data-pagefind-body');
  const mainTag = html.slice(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  return (
    `<!DOCTYPE html><html lang="${page.lang}"><head><meta charset="utf-8">${title}</head><body>${mainTag}` +
    `${page.main}${block(parts.keywords, keywordWeight)}${block(parts.text)}</main></body></html>`
  );
}
const partsPerRun = 12;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** Every indexable page of the site as Pagefind is to read it, parts included. */
export function pagesWithCompoundParts(siteDir: string): Array<{ sourcePath: string; content: string }> {
  const pages = htmlFiles(siteDir).flatMap((file) => {
    const page = indexedPage(relative(siteDir, file).split(sep).join('/'), readFileSync(file, 'utf8'));
    return page ? [page] : [];
  });
  return locales.flatMap((locale) => {
    const own = pages.filter((p) => p.lang === locale);
    const splitter = compoundSplitter(locale, [...own.flatMap((p) => p.words), ...compoundWords[locale]]);
    return own.map((page) => {
      const have = new Set(page.words.map((w) => w.toLocaleLowerCase(locale)));
      const partsOf = (words: string[]) => [...new Set(words.flatMap((w) => splitter.parts(w)))];
      const keywords = partsOf(page.keywords).filter((p) => !have.has(p));
      const fromKeywords = new Set(keywords);
      const text = partsOf(page.words).filter((p) => !have.has(p) && !fromKeywords.has(p));
      const label = useTranslations(locale)('search.keywords');
      return { sourcePath: page.sourcePath, content: indexDocument(page, label, { keywords, text }) };
    });
  });
}

/** Pages handed to Pagefind at once: enough to keep its service busy without holding the whole site. */
const inFlight = 16;

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const pages = pagesWithCompoundParts(siteDir);
    // Handed over from memory, so the built pages are never touched; several at a time, since one
    // at a time leaves Pagefind waiting on each message.
    await mapLimited(pages, inFlight, async ({ sourcePath, content }) => {
      const added = await index.addHTMLFile({ sourcePath, content });
      if (added.errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
    });
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: pages.length };
  } finally {
    await close();
  }
}

export function pagefind(): AstroIntegration {
  return {
    name: 'polku:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
