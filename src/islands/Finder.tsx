/**
 * The training finder: free text, facets with counts, results by relevance or
 * start date. The state lives in the address (shareable; back and forward
 * work). Pagefind is loaded on the first search; before that the facets show
 * the build's counts and, on the trainings page, the static list (children).
 */
import { type SyntheticEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { finderParams } from '../i18n/locales.ts';
import {
  emptyState,
  type FacetCounts,
  type FinderState,
  isActive,
  monthLabel,
  parseState,
  type SortOrder,
  stateToSearch,
  toggleValue,
} from '../lib/finder-state.ts';
import type { FinderProps } from '../lib/finder-props.ts';
import { continuousStart, type FilterKey } from '../lib/search-meta.ts';
import FacetGroup from './search/FacetGroup.tsx';
import { type FinderAnswer, runSearch } from './search/pagefind.ts';
import ResultList from './search/ResultList.tsx';

const pageSize = 20;
const typingDelay = 200;

type Status = 'idle' | 'loading' | 'done' | 'error';

export default function Finder(props: FinderProps & { children?: ReactNode }) {
  const { locale, strings, facets, fixed, counts: known, total: all, action, trainingsPath, mode, children } = props;
  const s = useCallback((key: string, n?: number) => (strings[key] ?? key).replace('{n}', String(n ?? '')), [strings]);
  const [state, setState] = useState<FinderState>(emptyState);
  const [status, setStatus] = useState<Status>('idle');
  const [answer, setAnswer] = useState<FinderAnswer | undefined>();
  const [shown, setShown] = useState(pageSize);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsTitle = useRef<HTMLHeadingElement>(null);
  const asked = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const search = useCallback(
    async (next: FinderState) => {
      const ticket = ++asked.current;
      if (!isActive(next)) {
        setStatus('idle');
        setAnswer(undefined);
        return;
      }
      setStatus('loading');
      try {
        const result = await runSearch(next, fixed);
        if (ticket !== asked.current) return;
        setAnswer(result);
        setShown(pageSize);
        setStatus('done');
      } catch {
        if (ticket === asked.current) setStatus('error');
      }
    },
    [fixed],
  );

  /** Applies a new state; `push` makes a history entry (a choice), otherwise the entry is replaced (typing). */
  const apply = useCallback(
    (next: FinderState, push: boolean, delay = 0) => {
      setState(next);
      const url = `${location.pathname}${stateToSearch(next, locale)}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) {
        if (push) history.pushState(null, '', url);
        else history.replaceState(null, '', url);
      }
      clearTimeout(timer.current);
      if (delay) timer.current = setTimeout(() => void search(next), delay);
      else void search(next);
    },
    [locale, search],
  );

  // On a wide screen the filters stand open beside the results; on a phone they wait behind the disclosure.
  useEffect(() => {
    if (matchMedia('(min-width: 60rem)').matches) setFiltersOpen(true);
  }, []);

  useEffect(() => {
    const restore = () => {
      const next = parseState(location.search, locale);
      setState(next);
      void search(next);
    };
    restore();
    addEventListener('popstate', restore);
    return () => removeEventListener('popstate', restore);
  }, [locale, search]);

  const onSubmit = (e: SyntheticEvent) => {
    e.preventDefault();
    apply(state, true);
  };
  /** "Show results" under the filters: close them on a phone and take the reader to the results. */
  const showResults = () => {
    if (!matchMedia('(min-width: 60rem)').matches) setFiltersOpen(false);
    requestAnimationFrame(() => resultsTitle.current?.focus());
  };
  const active = isActive(state);
  const chosenCount = Object.values(state.filters).reduce((n, values) => n + (values?.length ?? 0), 0);
  const counts: FacetCounts | undefined = status === 'done' ? answer?.counts : undefined;
  const total = answer?.results.length ?? 0;
  const label = (facet: FilterKey) => (value: string) =>
    facet === 'start' ? (value === continuousStart ? s('finder.continuous') : monthLabel(value, locale)) : value;
  const announce =
    status === 'loading'
      ? s('finder.loading')
      : status === 'error'
        ? s('finder.error')
        : status === 'done'
          ? total === 0
            ? s('finder.count.none')
            : total === 1
              ? s('finder.count.one')
              : s('finder.count.many', total)
          : mode === 'search'
            ? s('finder.prompt')
            : all === 1
              ? s('finder.count.one')
              : s('finder.count.many', all);

  return (
    <form
      className="finder"
      role="search"
      aria-label={s('finder.label')}
      method="get"
      action={action}
      onSubmit={onSubmit}
    >
      <div className="finder-query">
        <label htmlFor={`finder-q-${mode}`}>{s('finder.query')}</label>
        <p className="hint" id={`finder-q-hint-${mode}`}>
          {s('finder.queryHint')}
        </p>
        <div className="finder-query-row">
          <input
            id={`finder-q-${mode}`}
            type="search"
            name={finderParams.q[locale]}
            autoComplete="off"
            aria-describedby={`finder-q-hint-${mode}`}
            value={state.q}
            onChange={(e) => apply({ ...state, q: e.currentTarget.value }, false, typingDelay)}
          />
          <button type="submit">{s('finder.submit')}</button>
        </div>
      </div>
      <div className="finder-bar">
        <p className="finder-status" role="status">
          {announce}
        </p>
        <label className="finder-sort">
          {s('finder.sort')}{' '}
          <select
            name={finderParams.sort[locale]}
            value={state.sort}
            onChange={(e) => apply({ ...state, sort: e.currentTarget.value as SortOrder }, true)}
          >
            <option value="relevance">{s('finder.sort.relevance')}</option>
            <option value="start">{s('finder.sort.start')}</option>
          </select>
        </label>
      </div>
      <div className="finder-body">
        <details
          className="finder-filters disclosure"
          open={filtersOpen}
          onToggle={(e) => setFiltersOpen(e.currentTarget.open)}
        >
          <summary>
            <span className="finder-filters-title">{s('finder.filtersToggle')}</span>
            {chosenCount > 0 && <span className="finder-badge">{s('finder.filtersActive', chosenCount)}</span>}
          </summary>
          <div className="finder-filters-panel" role="group" aria-label={s('finder.filters')}>
            {facets.map((facet) => (
              <FacetGroup
                key={facet}
                facet={facet}
                locale={locale}
                legend={s(`finder.facet.${facet}`)}
                choices={(n) => s('finder.facetChoices', n)}
                chosenText={(n) => s('finder.filtersActive', n)}
                known={known[facet]}
                counts={counts?.[facet]}
                chosen={state.filters[facet] ?? []}
                label={label(facet)}
                paramName={finderParams[facet][locale]}
                onToggle={(value, on) => apply(toggleValue(state, facet, value, on), true)}
              />
            ))}
            <div className="finder-filter-actions">
              <button type="submit" onClick={showResults}>
                {s('finder.showResults')}
              </button>
              {active && (
                <button
                  type="button"
                  className="finder-clear button-secondary"
                  onClick={() => apply({ ...state, q: '', filters: {} }, true)}
                >
                  {s('finder.clear')}
                </button>
              )}
            </div>
          </div>
        </details>
        <div className="finder-main">
          <h2 className="visually-hidden" tabIndex={-1} ref={resultsTitle}>
            {s('finder.results')}
          </h2>
          {status === 'error' && (
            <p>
              <a href={trainingsPath}>{s('search.browseTrainings')}</a>
            </p>
          )}
          {active && answer && (
            <ResultList q={answer.q} results={answer.results} shown={shown} showExcerpt={state.q !== ''} s={s} />
          )}
          {active && answer && total > shown && (
            <button type="button" className="finder-more" onClick={() => setShown((n) => n + pageSize)}>
              {s('finder.more')}
            </button>
          )}
          <div hidden={active}>{children}</div>
        </div>
      </div>
    </form>
  );
}
