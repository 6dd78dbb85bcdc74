/**
 * The finder's state and its address: what the reader typed, the facet
 * values they chose and the order. Pure, shared by the island and the tests.
 */
import { finderParams, type Locale } from '../i18n/locales.ts';
import { type FilterKey, filterKeys } from './search-meta.ts';

export type SortOrder = 'relevance' | 'start';
export type Selection = Partial<Record<FilterKey, string[]>>;

export interface FinderState {
  q: string;
  filters: Selection;
  sort: SortOrder;
}

export const emptyState: FinderState = { q: '', filters: {}, sort: 'relevance' };

const sortWords: Record<SortOrder, Record<Locale, string>> = {
  relevance: { fi: 'osuvuus', sv: 'relevans' },
  start: { fi: 'alkamispaiva', sv: 'startdatum' },
};

/** Reads `?q=…&alue=…` (several values of one facet repeat the name). */
export function parseState(search: string, locale: Locale): FinderState {
  const params = new URLSearchParams(search);
  const filters: Selection = {};
  for (const key of filterKeys) {
    const values = params
      .getAll(finderParams[key][locale])
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) filters[key] = [...new Set(values)];
  }
  const sortWord = params.get(finderParams.sort[locale]);
  const sort = sortWord === sortWords.start[locale] ? 'start' : 'relevance';
  return { q: (params.get(finderParams.q[locale]) ?? '').trim(), filters, sort };
}

/** The query string for a state, "" for the empty state; stable order so equal states give equal URLs. */
export function stateToSearch(state: FinderState, locale: Locale): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set(finderParams.q[locale], q);
  for (const key of filterKeys) {
    for (const value of state.filters[key] ?? []) params.append(finderParams[key][locale], value);
  }
  if (state.sort !== 'relevance') params.set(finderParams.sort[locale], sortWords[state.sort][locale]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the reader asked for anything (a query or a facet value). */
export function isActive(state: FinderState): boolean {
  return state.q.trim() !== '' || Object.values(state.filters).some((v) => v && v.length > 0);
}

export function toggleValue(state: FinderState, key: FilterKey, value: string, on: boolean): FinderState {
  const current = state.filters[key] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const filters = { ...state.filters };
  if (next.length) filters[key] = next;
  else delete filters[key];
  return { ...state, filters };
}

export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * Pagefind's filter object: any of the chosen values within a facet, all
 * facets together. `fixed` holds filters the page always applies (the
 * trainings page shows trainings only); `without` leaves one facet out, which
 * is how a facet's own counts are asked for (so choosing "Porvoo" does not
 * hide the other municipalities' counts).
 */
export function toPagefindFilters(filters: Selection, fixed: Selection = {}, without?: FilterKey): PagefindFilters {
  const out: PagefindFilters = {};
  for (const key of filterKeys) {
    const values = [...(fixed[key] ?? []), ...(key === without ? [] : (filters[key] ?? []))];
    if (values.length) out[key] = { any: values };
  }
  return out;
}

/** Facet entries in the order the finder lists them: months by date, the rest alphabetically. */
export function orderFacetValues(key: FilterKey, values: string[], locale: Locale): string[] {
  if (key === 'start')
    return [...values].sort((a, b) => (a === 'continuous' ? -1 : b === 'continuous' ? 1 : a.localeCompare(b)));
  return [...values].sort((a, b) => a.localeCompare(b, locale));
}

const monthLocale: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI' };

/** "2027-03" → "maaliskuu 2027" / "mars 2027"; "continuous" is named by the caller's string. */
export function monthLabel(value: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return new Intl.DateTimeFormat(monthLocale[locale], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export type FacetCounts = Partial<Record<FilterKey, Record<string, number>>>;

/** How many of the given pages carry each filter value: the counts a finder shows before Pagefind answers. */
export function countFacets(
  pages: ReadonlyArray<{ filters: ReadonlyArray<readonly [FilterKey, string]> }>,
): FacetCounts {
  const counts: FacetCounts = {};
  for (const page of pages) {
    for (const [key, value] of page.filters) {
      const facet = (counts[key] ??= {});
      facet[value] = (facet[value] ?? 0) + 1;
    }
  }
  return counts;
}
