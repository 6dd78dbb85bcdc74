/**
 * The built site in dist/ (run `npm run build` first; `npm test` does):
 * every page kind in both languages, translations linked both ways, the
 * language switch, canonical URLs, no broken internal links, the sitemap and
 * the Finnish fallback of a page without Swedish text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { contentDirFromEnv, loadContentDir } from '../../src/lib/content-files.ts';
import { isUpcoming, todayInFinland } from '../../src/lib/dates.ts';
import { findRoute, type PageKind, type Route } from '../../src/lib/routes.ts';
import {
  distDir,
  fileFor,
  hasDist,
  htmlPaths,
  internalLinks,
  readPage,
  siteOrigin,
  siteRoutes,
  tags,
  attr,
  textOf,
} from '../support/dist.ts';

const decodeTitle = (html: string) => textOf(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? '');

describe.skipIf(!hasDist)('the built site in dist/', () => {
  let routes: Route[];
  let pages: string[];
  let origin: string;
  beforeAll(() => {
    routes = siteRoutes();
    pages = htmlPaths();
    origin = siteOrigin();
  });
  const abs = (path: string) => new URL(path, origin).href;
  const localePages = () => pages.filter((p) => /^\/(fi|sv)\//.test(p));

  it('has every page of the route table, and no localized page outside it', () => {
    const built = new Set(localePages());
    for (const route of routes) expect(built.has(route.path), route.path).toBe(true);
    const known = new Set(routes.map((r) => r.path));
    for (const path of built) expect(known.has(path), `${path} is not in the route table`).toBe(true);
  });

  const sectionPaths: Array<[PageKind, string, string]> = [
    ['home', '/fi/', '/sv/'],
    ['trainingList', '/fi/koulutukset/', '/sv/utbildningar/'],
    ['serviceList', '/fi/palvelut/', '/sv/tjanster/'],
    ['institutionList', '/fi/oppilaitokset/', '/sv/laroanstalter/'],
    ['regionList', '/fi/alueet/', '/sv/regioner/'],
    ['eventList', '/fi/infotilaisuudet/', '/sv/infotillfallen/'],
    ['notFound', '/fi/404/', '/sv/404/'],
  ];
  it.each(sectionPaths)('%s is at %s and %s', (kind, fi, sv) => {
    expect(findRoute(routes, 'fi', kind).path).toBe(fi);
    expect(findRoute(routes, 'sv', kind).path).toBe(sv);
    expect(readPage(fi).lang).toBe('fi');
    expect(readPage(sv).lang).toBe('sv');
  });

  const plainPages: Array<[string, string, string]> = [
    ['saavutettavuus', '/fi/saavutettavuus/', '/sv/tillganglighet/'],
    ['tietosuoja', '/fi/tietosuoja/', '/sv/dataskydd/'],
    ['tietoa', '/fi/tietoa/', '/sv/om-tjansten/'],
  ];
  it.each(plainPages)('the plain page %s is at %s and %s', (id, fi, sv) => {
    expect(findRoute(routes, 'fi', 'page', id).path).toBe(fi);
    expect(findRoute(routes, 'sv', 'page', id).path).toBe(sv);
    expect(readPage(fi).lang).toBe('fi');
    expect(readPage(sv).lang).toBe('sv');
  });

  const itemSections: Array<[PageKind, string, string]> = [
    ['training', '/fi/koulutukset/', '/sv/utbildningar/'],
    ['service', '/fi/palvelut/', '/sv/tjanster/'],
    ['institution', '/fi/oppilaitokset/', '/sv/laroanstalter/'],
    ['region', '/fi/alueet/', '/sv/regioner/'],
    ['municipality', '/fi/kunnat/', '/sv/kommuner/'],
    ['event', '/fi/infotilaisuudet/', '/sv/infotillfallen/'],
  ];
  it.each(itemSections)('every %s has a page under %s and %s', (kind, fi, sv) => {
    const items = routes.filter((r) => r.kind === kind);
    expect(items.length, `no ${kind} pages`).toBeGreaterThan(0);
    for (const route of items) {
      expect(route.path.startsWith(route.locale === 'fi' ? fi : sv), route.path).toBe(true);
      expect(route.path.split('/').length).toBe((route.locale === 'fi' ? fi : sv).split('/').length + 1);
      expect(readPage(route.path).lang).toBe(route.locale);
    }
  });

  it('has the bilingual entry page at / offering both languages as equals, with no automatic switch', () => {
    const entry = readPage('/');
    const links = tags(entry.html, 'a').map((a) => ({ href: attr(a, 'href'), hreflang: attr(a, 'hreflang') }));
    expect(links).toEqual(expect.arrayContaining([{ href: '/fi/', hreflang: 'fi' }, { href: '/sv/', hreflang: 'sv' }]));
    expect(entry.html).toContain('lang="sv"');
    expect(textOf(entry.html)).toContain('Suomeksi');
    expect(textOf(entry.html)).toContain('På svenska');
    expect(entry.html).not.toMatch(/http-equiv="refresh"|<script/i);
    expect(entry.alternates).toEqual({ fi: abs('/fi/'), sv: abs('/sv/'), 'x-default': abs('/') });
  });

  it('has a site-wide 404 page besides one per language', () => {
    const page = readPage('/404.html');
    expect(page.noindex).toBe(true);
    for (const l of locales) expect(readPage(`/${l}/404/`).noindex).toBe(true);
    const redirects = readFileSync(join(distDir, '_redirects'), 'utf8');
    for (const l of locales) expect(redirects).toMatch(new RegExp(`^/${l}/\\*\\s+/${l}/404/\\s+404$`, 'm'));
  });

  it('sets <html lang> to the language of the page', () => {
    for (const path of localePages()) expect(readPage(path).lang, path).toBe(path.slice(1, 3));
  });

  it('gives every page a title, a skip link to main content, and a description', () => {
    for (const path of [...localePages(), '/', '/404.html']) {
      const page = readPage(path);
      const title = decodeTitle(page.html);
      expect(title.length, path).toBeGreaterThan(3);
      // Search results cut titles at about 70 characters; only an editor's own long title may exceed it.
      if (title.length > 70) expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)?.[1] ?? ''), path).toBe(title);
      expect(tags(page.html, 'meta').some((m) => attr(m, 'name') === 'description' && (attr(m, 'content') ?? '').length > 10), path).toBe(true);
      expect(page.html, path).toMatch(/<main[^>]* id="main"/);
      expect(page.html, path).toMatch(/<a class="skip-link" href="#main">/);
    }
  });

  it('gives every indexable page a canonical URL and every page of the route table its alternates', () => {
    for (const route of routes) {
      const page = readPage(route.path);
      if (!route.indexable) {
        expect(page.noindex, route.path).toBe(true);
        continue;
      }
      expect(page.canonical, route.path).toBe(abs(route.path));
      expect(page.alternates, route.path).toEqual({
        ...Object.fromEntries(locales.map((l) => [l, abs(route.alternates[l])])),
        'x-default': abs('/'),
      });
    }
  });

  it('every hreflang alternate points at an existing page in that language that points back', () => {
    let checked = 0;
    for (const path of [...localePages(), '/']) {
      const page = readPage(path);
      for (const [hreflang, href] of Object.entries(page.alternates)) {
        const target = new URL(href);
        expect(target.origin).toBe(origin);
        expect(fileFor(target.pathname), `${path} → ${hreflang} ${href}`).toBeDefined();
        if (hreflang === 'x-default') {
          expect(target.pathname).toBe('/');
          continue;
        }
        const other = readPage(target.pathname);
        if (path !== '/') expect(other.lang).toBe(hreflang);
        const self = path === '/' ? abs('/') : abs(path);
        const back = path === '/' ? other.alternates['x-default'] : other.alternates[page.lang!];
        expect(back, `${target.pathname} does not point back to ${path}`).toBe(self);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(routes.length);
  });

  it('the language switch on every page leads to the same page in the other language, named in that language', () => {
    for (const path of localePages()) {
      const page = readPage(path);
      const others = locales.filter((l) => l !== page.lang);
      expect(page.switches.map((s) => s.hreflang), path).toEqual(others);
      for (const link of page.switches) {
        const target = readPage(link.href);
        expect(target.lang, `${path} → ${link.href}`).toBe(link.hreflang);
        // The way back leads here again.
        expect(target.switches.find((s) => s.hreflang === page.lang)?.href, link.href).toBe(path);
      }
      for (const l of others) {
        const text = new RegExp(`<a [^>]*data-language-switch[^>]*>\\s*${l === 'fi' ? 'Suomeksi' : 'På svenska'}\\s*</a>`);
        expect(page.html, path).toMatch(text);
      }
    }
  });

  it('has no broken internal link (href, src, form action) on any page', () => {
    const broken: string[] = [];
    let count = 0;
    for (const path of pages) {
      for (const link of internalLinks(readPage(path), origin)) {
        count++;
        if (!fileFor(link)) broken.push(`${path} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
    expect(count).toBeGreaterThan(pages.length * 10);
  });

  it('links the about page, accessibility statement and privacy notice from every footer', () => {
    for (const path of localePages()) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(readPage(path).html)?.[0] ?? '';
      const hrefs = tags(footer, 'a').map((a) => attr(a, 'href'));
      const l = path.slice(1, 3) as Locale;
      for (const id of ['tietoa', 'saavutettavuus', 'tietosuoja']) {
        expect(hrefs, path).toContain(findRoute(routes, l, 'page', id).path);
      }
    }
  });

  it('links all three plain pages in both languages from the entry page and the site-wide 404', () => {
    for (const path of ['/', '/404.html']) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(readPage(path).html)?.[0] ?? '';
      const hrefs = tags(footer, 'a').map((a) => attr(a, 'href'));
      for (const l of locales) {
        for (const id of ['tietoa', 'saavutettavuus', 'tietosuoja']) expect(hrefs, path).toContain(findRoute(routes, l, 'page', id).path);
      }
    }
  });

  it('says on a past event\'s page that it is over, judged against the build\'s today', () => {
    const catalog = loadContentDir(contentDirFromEnv());
    const today = todayInFinland();
    for (const route of routes.filter((r) => r.kind === 'event')) {
      const event = catalog.events.find((e) => e.id === route.id)!;
      expect(readPage(route.path).html.includes('data-event-past'), route.path).toBe(!isUpcoming(event.facts, today));
    }
  });

  it('shows the accessibility statement with its publish and review dates', () => {
    for (const l of locales) {
      const text = textOf(readPage(findRoute(routes, l, 'page', 'saavutettavuus').path).html);
      const t = useTranslations(l);
      // Fact labels carry a hidden colon for the search index (FactList.astro).
      expect(text).toMatch(new RegExp(`${t('facts.published')} :? ?\\d{1,2}\\.\\d{1,2}\\.20\\d\\d`));
      if (!process.env['POLKU_CONTENT_DIR']) {
        expect(text).toMatch(new RegExp(`${t('facts.reviewed')} :? ?\\d{1,2}\\.\\d{1,2}\\.20\\d\\d`));
      }
    }
  });

  it('lists every indexable page in the sitemap with its alternates', () => {
    const xml = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    const locs = entries.map((e) => /<loc>(.*?)<\/loc>/.exec(e)![1]!);
    const indexable = [...localePages(), '/'].filter((p) => !readPage(p).noindex);
    expect(locs.sort()).toEqual(indexable.map(abs).sort());
    for (const entry of entries) {
      const loc = /<loc>(.*?)<\/loc>/.exec(entry)![1]!;
      const page = readPage(new URL(loc).pathname);
      const alternates = Object.fromEntries(
        [...entry.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((a) => [a[1], a[2]]),
      );
      const expected = { ...page.alternates };
      if (page.path === '/') delete expected['x-default'];
      expect(alternates, loc).toEqual(expected);
    }
  });

  describe('a page without Swedish text', () => {
    const fallbacks = () => routes.filter((r) => r.fallback);

    it('is built in Swedish with the Finnish text marked lang="fi" and a notice in Swedish', () => {
      expect(fallbacks().length, 'the content has no page missing its Swedish text').toBeGreaterThan(0);
      const notice = useTranslations('sv')('fallback.notice');
      for (const route of fallbacks()) {
        const page = readPage(route.path);
        expect(page.lang).toBe('sv');
        expect(textOf(page.html), route.path).toContain(textOf(notice));
        expect(page.html, route.path).toMatch(/<h1 lang="fi">/);
        expect(page.html, route.path).toMatch(/<div class="prose" lang="fi">/);
        // The page around the text stays Swedish.
        expect(textOf(page.html)).toContain(useTranslations('sv')('skip.toMain'));
      }
    });

    it('includes "Kohti työtä" in Swedish when the sample content is built', () => {
      const route = routes.find((r) => r.kind === 'training' && r.id === 'kohti-tyota' && r.locale === 'sv');
      if (process.env['POLKU_CONTENT_DIR']) return;
      expect(route, 'no training "kohti-tyota" in content/').toBeDefined();
      expect(route!.path).toBe('/sv/utbildningar/kohti-tyota/');
      expect(route!.fallback).toBe(true);
    });
  });
});
