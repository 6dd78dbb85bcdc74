import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/lib/catalog.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { buildRoutes, findRoute } from '../../src/lib/routes.ts';
import { searchMetaFor, searchTypeOf } from '../../src/lib/search-meta.ts';

const catalog = {
  institutions: [
    {
      id: 'careeria',
      name: { fi: 'Careeria', sv: 'Careeria' },
      description: { fi: 'x', sv: 'x' },
      website: 'https://example.org/',
      municipalities: ['porvoo'],
      staffLanguage: 'fi',
      intake: [{ municipalities: ['porvoo'], email: 'a@example.org' }],
    },
  ],
  regions: [
    {
      id: 'porvoo',
      name: { fi: 'Porvoon seutu', sv: 'Borgånejden' },
      description: { fi: 'x' },
      order: 1,
      municipalities: [{ id: 'porvoo', name: { fi: 'Porvoo', sv: 'Borgå' }, bilingual: true, guidance: 'careeria' }],
    },
  ],
  trainings: [
    {
      id: 'varasto',
      facts: {
        institution: 'careeria',
        municipalities: ['porvoo'],
        fields: ['logistics'],
        format: 'blended',
        teachingLanguage: 'fi',
        languageSupport: false,
        start: 'continuous',
        duration: { value: 3, unit: 'months' },
        costEuros: 0,
        targetGroups: ['all-jobseekers'],
        apprenticeship: false,
        contact: { name: 'N N' },
      },
      texts: {
        fi: {
          title: 'Varastotyön koulutus',
          summary: 'Lyhyt kuvaus, joka on tarpeeksi pitkä.',
          keywords: ['varastotyöntekijä', 'trukinkuljettaja'],
        },
      },
    },
  ],
  services: [],
  events: [],
  pages: [],
} as unknown as Catalog;

const routes = buildRoutes(catalog);
const ctx = (locale: 'fi' | 'sv') => ({ catalog, locale, t: useTranslations(locale) });

describe('search metadata of a page', () => {
  it('gives a training its facets in the page language', () => {
    const meta = searchMetaFor(findRoute(routes, 'fi', 'training', 'varasto'), ctx('fi'));
    expect(meta.filters).toEqual([
      ['type', 'Koulutus'],
      ['region', 'Porvoon seutu'],
      ['municipality', 'Porvoo'],
      ['institution', 'Careeria'],
      ['field', 'Logistiikka'],
      ['format', 'Lähi- ja verkko-opetus'],
      ['language', 'Suomi'],
      ['start', 'continuous'],
    ]);
    expect(meta.meta).toMatchObject({ institution: 'Careeria', municipality: 'Porvoo', start: 'milloin vain' });
    expect(meta.meta['fallback']).toBeUndefined();
    expect(meta.sort).toEqual({ start: '0000-00-00', title: 'varastotyön koulutus' });
  });

  it('marks a Finnish fallback under a Swedish address and names facets in Swedish', () => {
    const meta = searchMetaFor(findRoute(routes, 'sv', 'training', 'varasto'), ctx('sv'));
    expect(meta.meta['fallback']).toBe('fi');
    // The Finnish text's search words and summary go with it.
    expect(meta.keywords).toEqual(['varastotyöntekijä', 'trukinkuljettaja']);
    expect(meta.meta['summary']).toBe('Lyhyt kuvaus, joka on tarpeeksi pitkä.');
    expect(meta.filters).toContainEqual(['region', 'Borgånejden']);
    expect(meta.filters).toContainEqual(['municipality', 'Borgå']);
    expect(meta.filters).toContainEqual(['type', 'Utbildning']);
  });

  it('types every other page as a page, sorted after dated ones', () => {
    const region = findRoute(routes, 'fi', 'region', 'porvoo');
    expect(searchTypeOf(region)).toBe('page');
    const meta = searchMetaFor(region, ctx('fi'));
    expect(meta.filters).toEqual([['type', 'Sivu']]);
    expect(meta.keywords).toEqual([]);
    expect(meta.sort.start).toBe('9999-12-31');
  });
});
