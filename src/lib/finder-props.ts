/**
 * Everything the finder island needs from the build, computed once per page:
 * its strings, the facets it shows, the filters the page always applies and
 * the counts it shows before Pagefind has answered (so nothing moves then).
 */
import fi from '../i18n/ui/fi.json' with { type: 'json' };
import type { Locale } from '../i18n/locales.ts';
import type { Translate, UiKey } from '../i18n/ui.ts';
import type { Catalog } from './catalog.ts';
import { countFacets, type FacetCounts, type Selection } from './finder-state.ts';
import { sectionPath } from './paths.ts';
import type { Route } from './routes.ts';
import { type FilterKey, filterKeys, searchMetaFor } from './search-meta.ts';

export type FinderMode = 'search' | 'trainings';

export interface FinderProps {
  locale: Locale;
  mode: FinderMode;
  strings: Record<string, string>;
  facets: FilterKey[];
  fixed: Selection;
  counts: FacetCounts;
  /** How many pages the finder covers, said before any search (the trainings list's count). */
  total: number;
  /** Where the form goes without JavaScript. */
  action: string;
  trainingsPath: string;
}

const islandKeys = (Object.keys(fi) as UiKey[]).filter((k) => k.startsWith('finder.') || k.startsWith('search.'));

export function finderProps(
  mode: FinderMode,
  ctx: { catalog: Catalog; routes: readonly Route[]; locale: Locale; t: Translate },
): FinderProps {
  const { routes, locale, t } = ctx;
  const trainingsOnly = mode === 'trainings';
  const pages = routes
    .filter((r) => r.locale === locale && r.indexable && (!trainingsOnly || r.kind === 'training'))
    .map((r) => searchMetaFor(r, ctx));
  return {
    locale,
    mode,
    strings: Object.fromEntries(islandKeys.map((k) => [k, t(k)])),
    facets: trainingsOnly ? filterKeys.filter((k) => k !== 'type') : [...filterKeys],
    fixed: trainingsOnly ? { type: [t('search.type.training')] } : {},
    counts: countFacets(pages),
    total: pages.length,
    action: sectionPath(locale, 'search'),
    trainingsPath: sectionPath(locale, 'trainings'),
  };
}
