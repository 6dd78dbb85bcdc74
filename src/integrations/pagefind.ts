/**
 * Builds the Pagefind search index during `astro build`, into <outDir>/pagefind/.
 * Each page's indexed part is taken as Astro prerenders it (src/lib/prerendered.ts),
 * so no page is read back from disk; after the last page Pagefind reads them
 * from a folder in memory and writes its files while the other integrations
 * finish. Pagefind reads `<html lang>` and writes one index per language;
 * only elements inside `data-pagefind-body` (the <main> of indexable pages)
 * count.
 *
 * Pagefind does not split compound words, so each page goes to the index with
 * the parts of its compounds added as hidden text (src/lib/compounds.ts,
 * judged against the vocabulary of all pages of that language). The pages on
 * disk stay as built: the parts exist only in the index.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { type Locale, locales } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { compoundWords } from '../lib/compound-words.ts';
import { type CompoundSplitter, compoundSplitter, wordsOf } from '../lib/compounds.ts';
import { pageKey, stopWatchingPrerenderedPages, watchPrerenderedPagesForIntegrations } from '../lib/prerendered.ts';
import { keywordWeight } from '../lib/search-meta.ts';

interface IndexedPage {
  /** The page's address or its file in dist/ (src/lib/prerendered.ts, pageKey). */
  path: string;
  lang: Locale;
  /** The page's <title> element, and the opening tag of its <main> with its attributes. */
  title: string;
  mainTag: string;
  /** What Pagefind indexes: the content of <main> without the parts it ignores. */
  main: string;
  /** Words of the indexed <main>, and of the editor's search words within it, each once. */
  words: string[];
  keywords: string[];
}

/** The HTML without elements marked data-pagefind-ignore (Pagefind skips them, so must the vocabulary). */
export function withoutIgnored(html: string): string {
  const open = /<([a-z][a-z0-9]*)\b[^>]*\sdata-pagefind-ignore\b[^>]*>/gi;
  let out = '';
  let kept = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tags = new RegExp(`<(/?)${m[1]!}\\b[^>]*>`, 'gi');
    tags.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = tags.exec(html); t; t = tags.exec(html)) {
      depth += t[1] ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    out += html.slice(kept, m.index);
    kept = open.lastIndex = end;
  }
  return out + html.slice(kept);
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'", '#x27': "'" };
const textOfHtml = (html: string) =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#?\w+);/g, (all, name: string) => entities[name] ?? all);

/** The language and words of a page that Pagefind would index; undefined for pages it skips. */
export function indexedPage(path: string, html: string): IndexedPage | undefined {
  const body = html.indexOf('data-pagefind-body');
  const lang = /<html[^>]*\slang="([a-z]+)/.exec(html)?.[1] as Locale | undefined;
  if (body < 0 || !lang || !locales.includes(lang)) return undefined;
  const mainTag = html.slice(html.lastIndexOf('<', body), html.indexOf('>', body) + 1);
  const title = /<title>[\s\S]*?<\/title>/.exec(html)?.[0] ?? '';
  const main = withoutIgnored(html.slice(html.indexOf('>', body) + 1, html.lastIndexOf('</main>')));
  const keywords = /<p[^>]*data-search-keywords[^>]*>([\s\S]*?)<\/p>/.exec(main)?.[1] ?? '';
  const unique = (text: string) => [...new Set(wordsOf(textOfHtml(text)))];
  return { path, lang, title, mainTag, main, words: unique(main), keywords: unique(keywords) };
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
  const { title, mainTag } = page;
  return (
    `<!DOCTYPE html><html lang="${page.lang}"><head><meta charset="utf-8">${title}</head><body>${mainTag}` +
    `${page.main}${block(parts.keywords, keywordWeight)}${block(parts.text)}</main></body></html>`
  );
}
const partsPerRun = 12;

/** What Pagefind reads for a page: the page reduced by indexDocument, with the parts of its compounds. */
export function withCompoundParts(page: IndexedPage, splitter: CompoundSplitter): string {
  const locale = page.lang;
  // toLowerCase, not toLocaleLowerCase: they agree for Finnish and Swedish (only Turkish, Azeri and
  // Lithuanian lowercase differently), and the locale-aware one costs about 20 times as much.
  const have = new Set(page.words.map((w) => w.toLowerCase()));
  const partsOf = (words: string[]) => [...new Set(words.flatMap((w) => splitter.parts(w)))];
  const keywords = partsOf(page.keywords).filter((p) => !have.has(p));
  const fromKeywords = new Set(keywords);
  const text = partsOf(page.words).filter((p) => !have.has(p) && !fromKeywords.has(p));
  return indexDocument(page, useTranslations(locale)('search.keywords'), { keywords, text });
}

interface IndexRun {
  /** Takes a rendered page (most are not indexable and are passed over). */
  add(path: string, html: string): void;
  /** Indexes the pages, writes the index into <outDir>/pagefind/ and stops Pagefind; resolves to the number of pages. */
  finish(siteDir: string): Promise<number>;
}

/**
 * Where Pagefind reads the pages from: a folder in memory (/dev/shm) where the system has one.
 * Pagefind reads a folder on several threads, about twice as fast as the same pages handed over
 * one message at a time, and writing them to memory costs a tenth of a second; on a disk, creating
 * thousands of files costs more than it saves, but it still works.
 */
function stagingFolder(): string {
  try {
    return mkdtempSync(join('/dev/shm', 'polku-search-'));
  } catch {
    return mkdtempSync(join(tmpdir(), 'polku-search-'));
  }
}

/**
 * Keeps each page's indexed part as it renders, then has Pagefind index them after the last one:
 * compound parts are judged against the words of all pages of a language, which are known only then.
 * (Handing pages over while others still render gained nothing on a two-core machine: Pagefind and
 * Astro then compete for the same processor.)
 */
export function collectSearchIndex(): IndexRun {
  const pages: IndexedPage[] = [];
  return {
    add(path, html) {
      const page = indexedPage(path, html);
      if (page) pages.push(page);
    },
    async finish(siteDir) {
      const splitters = Object.fromEntries(
        locales.map((l) => [
          l,
          compoundSplitter(l, [...pages.filter((p) => p.lang === l).flatMap((p) => p.words), ...compoundWords[l]]),
        ]),
      ) as Record<Locale, CompoundSplitter>;
      const stage = stagingFolder();
      const { index, errors } = await createIndex({});
      try {
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        for (const page of pages) {
          // Pagefind makes the address from the file's place: fi/koulutukset/index.html → /fi/koulutukset/.
          const file = join(stage, pageKey(page.path), 'index.html');
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, withCompoundParts(page, splitters[page.lang]));
        }
        const added = await index.addDirectory({ path: stage });
        if (added.errors.length) throw new Error(`Pagefind could not index the pages: ${added.errors.join('; ')}`);
        if (added.page_count !== pages.length)
          throw new Error(`Pagefind indexed ${added.page_count} pages of ${pages.length}.`);
        // Pagefind has read the pages: the folder goes while it writes the index (thousands of files).
        const [written] = await Promise.all([
          index.writeFiles({ outputPath: join(siteDir, 'pagefind') }),
          rm(stage, { recursive: true, force: true }),
        ]);
        if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
        return pages.length;
      } finally {
        rmSync(stage, { recursive: true, force: true });
        await close();
      }
    },
  };
}

export function pagefind(): AstroIntegration {
  let run: IndexRun | undefined;
  let written: Promise<number> | undefined;
  let started = 0;
  return {
    name: 'polku:pagefind',
    hooks: {
      'astro:build:start': () => {
        const current = collectSearchIndex();
        run = current;
        watchPrerenderedPagesForIntegrations('polku:pagefind', (path, html) => current.add(path, html));
      },
      // Every page is rendered: Pagefind indexes and writes while the other integrations do their work.
      'astro:build:generated': ({ dir }) => {
        stopWatchingPrerenderedPages('polku:pagefind');
        started = performance.now();
        written = run?.finish(fileURLToPath(dir));
        // Reported at astro:build:done; this keeps an early failure from counting as unhandled.
        written?.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!written) throw new Error('The search index was not started: no pages were rendered.');
        const pages = await written;
        logger.info(`Search index: ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
