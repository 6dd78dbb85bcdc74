/**
 * The route table: every page of the site in every language, with the same
 * page's address in the other languages. The catch-all page renders it, the
 * sitemap lists it, and tests check it; nothing else decides what exists.
 */
import { type Locale, locales, type Section } from '../i18n/locales.ts';
import { type Catalog, type Doc, slugOf, textOf } from './catalog.ts';
import { homePath, itemPath, pagePath, sectionPath } from './paths.ts';
import { thanksPath } from './interest/paths.ts';
import { allMunicipalities, municipalityPath } from './municipalities.ts';
import { archivePath, campaignsPath, posterPath } from './outreach-paths.ts';

export type PageKind =
  | 'home'
  | 'trainingList'
  | 'training'
  | 'serviceList'
  | 'service'
  | 'institutionList'
  | 'institution'
  | 'regionList'
  | 'region'
  | 'municipality'
  | 'eventList'
  | 'event'
  | 'page'
  | 'interest'
  | 'interestThanks'
  | 'search'
  | 'notFound'
  // Outreach: past sessions, printable posters, the editors' list of campaign links.
  | 'eventArchive'
  | 'eventPoster'
  | 'campaigns';

/** Kinds rendered on request (functions/site.ts) rather than built into dist/. */
export const renderedOnRequest: ReadonlySet<PageKind> = new Set<PageKind>(['interestThanks']);

export interface Route {
  /** Address with slashes on both ends, e.g. "/sv/utbildningar/kohti-tyota/". */
  path: string;
  locale: Locale;
  kind: PageKind;
  /** Entry id (folder or file name) for pages about one thing. */
  id?: string;
  /** The text shown is the Finnish fallback. */
  fallback: boolean;
  /** The same page in every language, this one included. */
  alternates: Record<Locale, string>;
  /** Listed in the sitemap and offered to search engines. */
  indexable: boolean;
}

function perLocale(make: (locale: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(locales.map((l) => [l, make(l)])) as Record<Locale, string>;
}

function expand(
  kind: PageKind,
  make: (locale: Locale) => string,
  extra: { id?: string; fallbackIn?: (l: Locale) => boolean; indexable?: boolean } = {},
): Route[] {
  const alternates = perLocale(make);
  return locales.map((locale) => ({
    path: alternates[locale],
    locale,
    kind,
    ...(extra.id === undefined ? {} : { id: extra.id }),
    fallback: extra.fallbackIn?.(locale) ?? false,
    alternates,
    indexable: extra.indexable ?? true,
  }));
}

function docRoutes<F>(kind: PageKind, section: Section, docs: ReadonlyArray<Doc<F>>): Route[] {
  return docs.flatMap((doc) =>
    expand(kind, (l) => itemPath(l, section, slugOf(doc, l)), {
      id: doc.id,
      fallbackIn: (l) => textOf(doc, l).fallback,
    }),
  );
}

export function buildRoutes(catalog: Catalog): Route[] {
  const routes: Route[] = [
    ...expand('home', homePath),
    ...expand('trainingList', (l) => sectionPath(l, 'trainings')),
    ...docRoutes('training', 'trainings', catalog.trainings),
    ...expand('serviceList', (l) => sectionPath(l, 'services')),
    ...docRoutes('service', 'services', catalog.services),
    ...expand('institutionList', (l) => sectionPath(l, 'institutions')),
    ...catalog.institutions.flatMap((i) =>
      expand('institution', (l) => itemPath(l, 'institutions', i.id), { id: i.id }),
    ),
    ...expand('regionList', (l) => sectionPath(l, 'regions')),
    ...catalog.regions.flatMap((r) => expand('region', (l) => itemPath(l, 'regions', r.id), { id: r.id })),
    ...allMunicipalities(catalog).flatMap((m) => expand('municipality', (l) => municipalityPath(l, m), { id: m.id })),
    ...expand('eventList', (l) => sectionPath(l, 'events')),
    ...docRoutes('event', 'events', catalog.events),
    ...catalog.pages.flatMap((p) =>
      expand('page', (l) => pagePath(l, slugOf(p, l)), { id: p.id, fallbackIn: (l) => textOf(p, l).fallback }),
    ),
    ...expand('interest', (l) => sectionPath(l, 'interest')),
    ...expand('interestThanks', thanksPath, { indexable: false }),
    ...expand('search', (l) => sectionPath(l, 'search'), { indexable: false }),
    ...expand('notFound', (l) => `/${l}/404/`, { indexable: false }),
    ...outreachRoutes(catalog),
  ];
  assertUnique(routes);
  return routes;
}

/** The archive of past sessions, a poster per session and the editors' campaign list (not indexed). */
function outreachRoutes(catalog: Catalog): Route[] {
  return [
    ...expand('eventArchive', archivePath),
    ...catalog.events.flatMap((doc) =>
      expand('eventPoster', (l) => posterPath(l, slugOf(doc, l)), { id: doc.id, indexable: false }),
    ),
    ...expand('campaigns', campaignsPath, { indexable: false }),
  ];
}

function assertUnique(routes: Route[]): void {
  const seen = new Map<string, Route>();
  for (const route of routes) {
    const other = seen.get(route.path);
    if (other) {
      throw new Error(
        `Two pages would share the address ${route.path}: ${other.kind} "${other.id ?? ''}" and ${route.kind} "${route.id ?? ''}". Give one of them another slug.`,
      );
    }
    seen.set(route.path, route);
  }
}

/** "fi/koulutukset/x" for Astro's [...path] parameter. */
export function routeParam(route: Route): string {
  return route.path.replace(/^\/|\/$/g, '');
}

/** Finds a page of a kind (and id) in a language: for links between pages. */
export function findRoute(routes: readonly Route[], locale: Locale, kind: PageKind, id?: string): Route {
  const route = routes.find((r) => r.locale === locale && r.kind === kind && (id === undefined || r.id === id));
  if (!route) throw new Error(`No ${kind} page${id ? ` "${id}"` : ''} in ${locale}`);
  return route;
}
