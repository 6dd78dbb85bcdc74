/**
 * Loads Pagefind's own browser module from /pagefind/ when the finder first
 * needs it (it is written by the build, so the bundler must not touch it),
 * and runs one finder search: the results plus each facet's counts.
 */
import { type FacetCounts, type FinderState, type Selection, toPagefindFilters } from '../../lib/finder-state.ts';
import { type FilterKey, filterKeys } from '../../lib/search-meta.ts';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    options: { filters?: object; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<PagefindResponse>;
}

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(base = '/pagefind/'): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base}pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
    // Loads every filter file: without them a search answers with no facet counts.
    await pagefind.filters();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

export interface FinderAnswer {
  /** The words this answer is for (results stay on screen while the next search runs). */
  q: string;
  results: PagefindResult[];
  counts: FacetCounts;
}

export async function runSearch(state: FinderState, fixed: Selection): Promise<FinderAnswer> {
  const pagefind = await loadPagefind();
  const q = state.q.trim() || null;
  // Without words there is no relevance: list by start date.
  const sort = state.sort === 'start' || q === null ? { sort: { start: 'asc' as const } } : {};
  const main = await pagefind.search(q, { filters: toPagefindFilters(state.filters, fixed), ...sort });
  const counts: FacetCounts = { ...main.filters };
  // A facet with a choice counts as if that facet were open, so its other values keep their numbers.
  const chosen = filterKeys.filter((key: FilterKey) => (state.filters[key]?.length ?? 0) > 0);
  await Promise.all(
    chosen.map(async (key) => {
      const other = await pagefind.search(q, { filters: toPagefindFilters(state.filters, fixed, key) });
      counts[key] = other.filters[key] ?? {};
    }),
  );
  return { q: state.q.trim(), results: main.results, counts };
}
