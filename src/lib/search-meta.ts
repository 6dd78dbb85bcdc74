/**
 * What the search index knows about a page besides its text: Pagefind
 * filters (facets), metadata for result rows and sort keys. Pure: the
 * SearchMeta component renders these as hidden elements, tests read them.
 *
 * Filter values are what a reader sees in the facet lists, in the page's
 * language ("Porvoon seutu" / "Borgånejden"); the start month is the one
 * exception, written as "YYYY-MM" (or "continuous") so it sorts and the
 * finder formats it for the reader.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import { byId, type Catalog, type Doc, localize, municipalities, regionsOf, textOf } from './catalog.ts';
import { formatDate, monthOf } from './dates.ts';
import type { Route } from './routes.ts';

/** Filter keys, in the order the finder shows them. */
export const filterKeys = [
  'type',
  'region',
  'municipality',
  'institution',
  'field',
  'format',
  'language',
  'start',
] as const;
export type FilterKey = (typeof filterKeys)[number];

export type SearchType = 'training' | 'service' | 'event' | 'page';

/**
 * Pagefind weight of the editor's search words: above body text (1) and below
 * the title (h1 is 7), so an occupation the training leads to ranks that
 * training first without outranking a page named after the word.
 */
export const keywordWeight = 5;

/** The value of the start filter for trainings that one can begin at any time. */
export const continuousStart = 'continuous';
/** Sort key of pages without a start, so sorting by start keeps them (last). */
const noStart = '9999-12-31';

export interface SearchMeta {
  filters: Array<[FilterKey, string]>;
  meta: Record<string, string>;
  sort: Record<'start' | 'title', string>;
  /** The editor's search words of the text shown (front matter `keywords`). */
  keywords: string[];
}

export function searchTypeOf(route: Pick<Route, 'kind'>): SearchType {
  switch (route.kind) {
    case 'training':
    case 'service':
    case 'event':
      return route.kind;
    default:
      return 'page';
  }
}

/** "suomi" → "Suomi": facet entries start with a capital. */
function capital(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

interface Ctx {
  catalog: Catalog;
  locale: Locale;
  t: Translate;
}

function placeFilters({ catalog, locale }: Ctx, ids: readonly string[]): Array<[FilterKey, string]> {
  const towns = municipalities(catalog);
  const regions = regionsOf(catalog, ids).map((id): [FilterKey, string] => [
    'region',
    localize(byId(catalog.regions, id)!.name, locale),
  ]);
  const names = ids.flatMap((id): Array<[FilterKey, string]> => {
    const m = towns.get(id);
    return m ? [['municipality', localize(m.name, locale)]] : [];
  });
  return [...regions, ...names];
}

function townNames({ catalog, locale }: Ctx, ids: readonly string[]): string {
  const towns = municipalities(catalog);
  return ids.flatMap((id) => (towns.get(id) ? [localize(towns.get(id)!.name, locale)] : [])).join(', ');
}

function institutionName({ catalog, locale }: Ctx, id: string): string {
  const inst = byId(catalog.institutions, id);
  return inst ? localize(inst.name, locale) : id;
}

interface DocFacts {
  doc: Doc<unknown>;
  /** Sort key: the start date, "0000-00-00" for a continuous start. */
  start?: string;
  extra: Omit<SearchMeta, 'sort' | 'keywords'>;
}

function docFacts(route: Route, ctx: Ctx): DocFacts | undefined {
  const { catalog, t } = ctx;
  if (route.kind === 'training') {
    const doc = byId(catalog.trainings, route.id!)!;
    const f = doc.facts;
    const institution = institutionName(ctx, f.institution);
    const format = t(`format.${f.format}`);
    return {
      doc,
      start: f.start === 'continuous' ? '0000-00-00' : f.start,
      extra: {
        filters: [
          ...placeFilters(ctx, f.municipalities),
          ['institution', institution],
          ...f.fields.map((id): [FilterKey, string] => ['field', t(`field.${id}`)]),
          ['format', format],
          ['language', capital(t(`language.${f.teachingLanguage}`))],
          ['start', f.start === 'continuous' ? continuousStart : monthOf(f.start)],
        ],
        meta: {
          institution,
          municipality: townNames(ctx, f.municipalities),
          // Shown after "Alkaa" / "Börjar": the start, not the application ("jatkuva haku").
          start: f.start === 'continuous' ? t('facts.startAnyTime') : formatDate(f.start),
          format,
        },
      },
    };
  }
  if (route.kind === 'service') {
    const doc = byId(catalog.services, route.id!)!;
    const f = doc.facts;
    const institution = institutionName(ctx, f.institution);
    const format = t(`format.${f.format}`);
    return {
      doc,
      extra: {
        filters: [
          ...placeFilters(ctx, f.municipalities),
          ['institution', institution],
          ['format', format],
          ...f.languages.map((l): [FilterKey, string] => ['language', capital(t(`language.${l}`))]),
        ],
        meta: { institution, municipality: townNames(ctx, f.municipalities), format },
      },
    };
  }
  if (route.kind === 'event') {
    const doc = byId(catalog.events, route.id!)!;
    const f = doc.facts;
    const institution = institutionName(ctx, f.institution);
    return {
      doc,
      start: f.start.slice(0, 10),
      extra: {
        filters: [
          ...placeFilters(ctx, f.municipalities),
          ['institution', institution],
          ['language', capital(t(`language.${f.language}`))],
          ['start', monthOf(f.start)],
        ],
        meta: { institution, municipality: townNames(ctx, f.municipalities), start: formatDate(f.start) },
      },
    };
  }
  if (route.kind === 'page') {
    return { doc: byId(catalog.pages, route.id!)!, extra: { filters: [], meta: {} } };
  }
  return undefined;
}

// The page itself and the finder pages (its counts) ask for the same route's metadata: made once per catalog.
const made = new WeakMap<Catalog, WeakMap<Route, SearchMeta>>();

/** Filters, metadata and sort keys of an indexed page (`ctx.t` speaks the route's language). */
export function searchMetaFor(route: Route, ctx: Ctx): SearchMeta {
  let known = made.get(ctx.catalog);
  if (!known) made.set(ctx.catalog, (known = new WeakMap()));
  const meta = known.get(route) ?? makeSearchMeta(route, ctx);
  known.set(route, meta);
  return meta;
}

function makeSearchMeta(route: Route, ctx: Ctx): SearchMeta {
  const type = searchTypeOf(route);
  const typeFilter: [FilterKey, string] = ['type', ctx.t(`search.type.${type}`)];
  const facts = docFacts(route, ctx);
  const meta: Record<string, string> = { type: typeFilter[1], ...facts?.extra.meta };
  let title = '';
  let keywords: string[] = [];
  if (facts) {
    const { text, fallback } = textOf(facts.doc, route.locale);
    title = text.title;
    keywords = text.keywords ?? [];
    // Shown instead of an excerpt that would only list search words (src/lib/excerpt.ts).
    meta['summary'] = text.summary;
    // A Finnish text under a Swedish address: the finder labels it as Finnish.
    if (fallback) meta['fallback'] = 'fi';
  }
  const filters = dedupe([typeFilter, ...(facts?.extra.filters ?? [])]);
  return {
    filters,
    meta,
    sort: { start: facts?.start ?? noStart, title: title.toLocaleLowerCase(route.locale) },
    keywords,
  };
}

function dedupe(pairs: Array<[FilterKey, string]>): Array<[FilterKey, string]> {
  const seen = new Set<string>();
  return pairs.filter(([k, v]) => {
    const key = `${k}\u0000${v}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
