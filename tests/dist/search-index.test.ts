/**
 * The search index Pagefind wrote into dist/pagefind/ (run `npm run build`
 * first; `npm test` does): one index per language, filter values, what text
 * it holds (fact rows as sentences, compound parts, no header or footer) and
 * no JavaScript on content pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { distDir, fileFor, hasDist, htmlPaths, textOf } from '../support/dist.ts';
import { type Fragment, readFilters, readFragments } from '../support/pagefind-files.ts';

const pagefindDir = join(distDir, 'pagefind');
const html = (path: string) => readFileSync(fileFor(path)!, 'utf8');
const docPages = (re: RegExp) => htmlPaths().filter((p) => re.test(p));
const trainingAndServicePages = () =>
  docPages(/^\/(fi\/(koulutukset|palvelut)|sv\/(utbildningar|tjanster))\/[^/]+\/$/);

describe.skipIf(!hasDist)('the search index in dist/pagefind/', () => {
  const fragments: Record<string, Fragment[]> = {};
  beforeAll(() => {
    for (const l of locales) fragments[l] = readFragments(pagefindDir, l);
  });
  const fragmentOf = (path: string) => fragments[path.slice(1, 3)]!.find((f) => f.url === path);

  it('has one index per language, each holding only its own pages', () => {
    for (const l of locales) {
      expect(fragments[l]!.length).toBeGreaterThan(20);
      for (const f of fragments[l]!) expect(f.url.startsWith(`/${l}/`), f.url).toBe(true);
    }
  });

  it("lists each training's region, municipality and institution among the filter values of its language", () => {
    const pages = docPages(/^\/(fi\/koulutukset|sv\/utbildningar)\/[^/]+\/$/);
    expect(pages.length).toBeGreaterThan(5);
    for (const path of pages) {
      const filters = readFilters(pagefindDir, path.slice(1, 3));
      const spans = [...html(path).matchAll(/data-pagefind-filter="(\w+)\[data-value\]" data-value="([^"]*)"/g)];
      for (const key of ['region', 'municipality', 'institution']) {
        const values = spans.filter((m) => m[1] === key).map((m) => textOf(m[2]!));
        expect(values.length, `${path} ${key}`).toBeGreaterThan(0);
        for (const v of values) expect(filters[key]?.[v], `${path}: ${key} "${v}"`).toBeGreaterThan(0);
      }
    }
  });

  it('reads fact rows as sentences: "label: value, value."', () => {
    for (const path of trainingAndServicePages()) {
      const fragment = fragmentOf(path);
      expect(fragment, path).toBeDefined();
      const row = /<dt>([^<]+)<span hidden>: <\/span><\/dt><dd[^>]*>(?:<a [^>]*>)?([^<]+)</.exec(html(path));
      expect(row, path).not.toBeNull();
      expect(fragment!.content).toContain(`${textOf(row![1]!)}: ${textOf(row![2]!)}`);
    }
  });

  it('never holds the header, skip link or footer', () => {
    for (const l of locales) {
      const t = useTranslations(l);
      for (const f of fragments[l]!) expect(f.content, f.url).not.toContain(t('skip.toMain'));
    }
  });

  it('has search words on every training and service page, with extra weight', () => {
    const pages = trainingAndServicePages();
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      expect(html(path), path).toMatch(/<p data-pagefind-weight="5" data-search-keywords>[^<]+: [^<]+\.<\/p>/);
    }
  });

  it('holds the parts of compounds, which the page itself does not show', () => {
    const path = trainingAndServicePages().find((p) => p.startsWith('/fi/') && html(p).includes('laitoshuoltaja'));
    expect(path, 'a Finnish page with the search word "laitoshuoltaja"').toBeDefined();
    expect(html(path!)).not.toMatch(/[\s>,]huoltaja\b/);
    expect(fragmentOf(path!)!.content).toMatch(/Hakusanat: [^.]*\bhuoltaja\b/);
    const sv = trainingAndServicePages().find((p) => p.startsWith('/sv/') && html(p).includes('fastighetsskötare'));
    expect(sv, 'a Swedish page with the search word "fastighetsskötare"').toBeDefined();
    expect(fragmentOf(sv!)!.content).toMatch(/Sökord: [^.]*\bskötare\b/);
  });

  it('ships no JavaScript on content pages', () => {
    for (const path of [...trainingAndServicePages(), '/fi/', '/sv/']) expect(html(path), path).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/i);
  });
});
