import { describe, expect, it } from 'vitest';
import {
  countFacets,
  isActive,
  monthLabel,
  orderFacetValues,
  parseState,
  stateToSearch,
  toggleValue,
  toPagefindFilters,
} from '../../src/lib/finder-state.ts';

describe('finder state in the address', () => {
  it('round-trips a state with localized parameter names', () => {
    const state = {
      q: 'hitsaus',
      filters: { region: ['Porvoon seutu', 'Kainuu'], start: ['2027-02'] },
      sort: 'start' as const,
    };
    const fi = stateToSearch(state, 'fi');
    expect(fi).toBe('?q=hitsaus&alue=Porvoon+seutu&alue=Kainuu&alkaa=2027-02&jarjestys=alkamispaiva');
    expect(parseState(fi, 'fi')).toEqual(state);
    const sv = stateToSearch({ ...state, filters: { region: ['Borgånejden'] } }, 'sv');
    expect(sv).toContain('region=Borg%C3%A5nejden');
    expect(sv).toContain('ordning=startdatum');
    expect(parseState(sv, 'sv').filters.region).toEqual(['Borgånejden']);
  });

  it('gives an empty query string for the empty state and ignores unknown or empty parameters', () => {
    expect(stateToSearch({ q: ' ', filters: {}, sort: 'relevance' }, 'fi')).toBe('');
    expect(parseState('?alue=&x=1&jarjestys=outo', 'fi')).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  it('knows when the reader has asked for something', () => {
    expect(isActive({ q: '', filters: {}, sort: 'start' })).toBe(false);
    expect(isActive({ q: 'a', filters: {}, sort: 'relevance' })).toBe(true);
    expect(isActive({ q: '', filters: { field: ['Logistiikka'] }, sort: 'relevance' })).toBe(true);
  });

  it('toggles facet values without duplicates and drops an emptied facet', () => {
    const a = toggleValue({ q: '', filters: {}, sort: 'relevance' }, 'region', 'Kainuu', true);
    expect(toggleValue(a, 'region', 'Kainuu', true).filters).toEqual({ region: ['Kainuu'] });
    expect(toggleValue(a, 'region', 'Kainuu', false).filters).toEqual({});
  });
});

describe('Pagefind filters and facets', () => {
  it('ORs values within a facet, ANDs facets, adds fixed filters and can leave one facet out', () => {
    const filters = { region: ['A', 'B'], format: ['Verkko-opetus'] };
    const fixed = { type: ['Koulutus'] };
    expect(toPagefindFilters(filters, fixed)).toEqual({
      type: { any: ['Koulutus'] },
      region: { any: ['A', 'B'] },
      format: { any: ['Verkko-opetus'] },
    });
    expect(toPagefindFilters(filters, fixed, 'region')).toEqual({
      type: { any: ['Koulutus'] },
      format: { any: ['Verkko-opetus'] },
    });
  });

  it('counts facet values over pages', () => {
    expect(
      countFacets([
        {
          filters: [
            ['region', 'A'],
            ['type', 'Koulutus'],
          ],
        },
        {
          filters: [
            ['region', 'A'],
            ['region', 'B'],
          ],
        },
      ]),
    ).toEqual({ region: { A: 2, B: 1 }, type: { Koulutus: 1 } });
  });

  it('orders months by date with continuous starts first, other values alphabetically in the language', () => {
    expect(orderFacetValues('start', ['2027-03', 'continuous', '2026-11'], 'fi')).toEqual([
      'continuous',
      '2026-11',
      '2027-03',
    ]);
    expect(orderFacetValues('municipality', ['Vantaa', 'Äänekoski', 'Alavus'], 'fi')).toEqual([
      'Alavus',
      'Vantaa',
      'Äänekoski',
    ]);
  });

  it('names months in the reader’s language', () => {
    expect(monthLabel('2027-03', 'fi')).toMatch(/maaliskuu.*2027/);
    expect(monthLabel('2027-03', 'sv')).toMatch(/mars 2027/);
  });
});
