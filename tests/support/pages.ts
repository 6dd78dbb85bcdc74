/**
 * The pages of the built site, and one representative page per page kind and
 * language, read from dist/ so that pages added later (new kinds, new pages
 * under the form or the search) are covered without editing the tests.
 *
 * A page's kind follows from its address, the same way src/lib/routes.ts
 * makes addresses: /fi/ is the home page, /fi/<section>/ a section's list (or
 * the form / the search), /fi/<section>/<slug>/ one item of a section, any
 * other /fi/<slug>/ a plain page, /fi/404/ the language's not-found page.
 * Pages under the form and search sections (confirmation pages and such) are
 * each a kind of their own. The bilingual / and /404.html are kinds too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { type Locale, locales, type Section, sections } from '../../src/i18n/locales.ts';
import { archiveSlug, campaignsSlug, posterSlug } from '../../src/lib/outreach-paths.ts';

export const distDir = resolve(process.env['POLKU_DIST_DIR'] ?? 'dist');

export interface BuiltPage {
  /** Address as served, e.g. "/fi/koulutukset/" or "/404.html". */
  path: string;
  file: string;
  /** undefined for the bilingual pages at the root. */
  locale: Locale | undefined;
  kind: string;
}

/** Sections whose pages below the section page are each a kind of their own (form results, search views). */
const singletonSections: ReadonlySet<Section> = new Set(['interest', 'search']);

function sectionOf(locale: Locale, segment: string): Section | undefined {
  return (Object.keys(sections) as Section[]).find((s) => sections[s][locale] === segment);
}

/** The kind of page at an address ("training", "trainingList", "interest/kiitos", "page", …). */
export function kindOf(path: string): { kind: string; locale: Locale | undefined } {
  if (path === '/') return { kind: 'entry', locale: undefined };
  if (path === '/404.html') return { kind: 'notFoundRoot', locale: undefined };
  const [first = '', ...rest] = path.split('/').filter(Boolean);
  const locale = (locales as readonly string[]).includes(first) ? (first as Locale) : undefined;
  if (!locale) return { kind: `other:${path}`, locale: undefined };
  if (rest.length === 0) return { kind: 'home', locale };
  if (rest.length === 1 && rest[0] === '404') return { kind: 'notFound', locale };
  // Outreach pages live inside the events section or beside the plain pages, but are kinds of their own.
  if (rest.length === 1 && rest[0] === campaignsSlug[locale]) return { kind: 'campaigns', locale };
  if (rest[0] === sections.events[locale] && rest.length === 2 && rest[1] === archiveSlug[locale])
    return { kind: 'eventArchive', locale };
  if (rest[0] === sections.events[locale] && rest.length === 3 && rest[2] === posterSlug[locale])
    return { kind: 'eventPoster', locale };
  const section = sectionOf(locale, rest[0]!);
  if (!section) return { kind: rest.length === 1 ? 'page' : `page/${rest.length}`, locale };
  if (rest.length === 1) return { kind: singletonSections.has(section) ? section : `${section}List`, locale };
  // Kinds per section item, named by the section's key so both languages match ("trainings" → "training",
  // "municipalities" → "municipality").
  if (singletonSections.has(section)) return { kind: `${section}/${rest.slice(1).join('/')}`, locale };
  return { kind: section.replace(/ies$/, 'y').replace(/s$/, ''), locale };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The web editor (Sveltia CMS) is no page of the site: tests/browser/editor.test.ts covers it. */
export const editorPath = '/admin/';

/** Every HTML page in dist/, with its address and kind. */
export function builtPages(dist = distDir): BuiltPage[] {
  return walk(dist)
    .filter((file) => !`/${relative(dist, file).split(sep).join('/')}`.startsWith(editorPath))
    .map((file) => {
      const rel = relative(dist, file).split(sep).join('/');
      const path =
        rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, file, ...kindOf(path) };
    });
}

/**
 * One page per kind and language (the first in address order), so a test
 * that opens them covers every page kind of the site in both languages.
 * Pages under the form and search sections get a kind each per language.
 */
export function representativePages(dist = distDir): BuiltPage[] {
  const seen = new Set<string>();
  return builtPages(dist).filter((p) => {
    const key = `${p.locale ?? '-'}:${p.kind}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function readPage(page: BuiltPage): string {
  return readFileSync(page.file, 'utf8');
}

/** The address of a page kind in a language, e.g. the form: pageOf('interest', 'sv'). */
export function pageOf(kind: string, locale: Locale | undefined, dist = distDir): BuiltPage | undefined {
  return representativePages(dist).find((p) => p.kind === kind && p.locale === locale);
}
