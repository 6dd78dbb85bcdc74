import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import type { Catalog } from '../../src/lib/catalog.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';
import { buildRoutes, findRoute, routeParam } from '../../src/lib/routes.ts';

const catalog = loadContentDir('tests/fixtures/content');
const routes = buildRoutes(catalog);

describe('the route table', () => {
  it('gives every page its own address', () => {
    const paths = routes.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/(fi|sv)\/([a-z0-9-]+\/)*$/);
  });

  it('uses the localized section paths', () => {
    const pairs = (kind: Parameters<typeof findRoute>[2], id?: string) =>
      locales.map((l) => findRoute(routes, l, kind, id).path);
    expect(pairs('home')).toEqual(['/fi/', '/sv/']);
    expect(pairs('trainingList')).toEqual(['/fi/koulutukset/', '/sv/utbildningar/']);
    expect(pairs('training', 'testi')).toEqual(['/fi/koulutukset/testi/', '/sv/utbildningar/testi/']);
    expect(pairs('serviceList')).toEqual(['/fi/palvelut/', '/sv/tjanster/']);
    expect(pairs('institutionList')).toEqual(['/fi/oppilaitokset/', '/sv/laroanstalter/']);
    expect(pairs('institution', 'keuda')).toEqual(['/fi/oppilaitokset/keuda/', '/sv/laroanstalter/keuda/']);
    expect(pairs('regionList')).toEqual(['/fi/alueet/', '/sv/regioner/']);
    expect(pairs('region', 'pori')).toEqual(['/fi/alueet/pori/', '/sv/regioner/pori/']);
    expect(pairs('eventList')).toEqual(['/fi/infotilaisuudet/', '/sv/infotillfallen/']);
    expect(pairs('page', 'saavutettavuus')).toEqual(['/fi/saavutettavuus/', '/sv/tillganglighet/']);
    expect(pairs('page', 'tietosuoja')).toEqual(['/fi/tietosuoja/', '/sv/dataskydd/']);
    expect(pairs('page', 'tietoa')).toEqual(['/fi/tietoa/', '/sv/om-tjansten/']);
    expect(pairs('notFound')).toEqual(['/fi/404/', '/sv/404/']);
  });

  it('takes a translated slug from the Swedish text', () => {
    expect(findRoute(routes, 'sv', 'service', 'testi').path).toBe('/sv/tjanster/testtjanst/');
  });

  it('links every page to its translations, both ways', () => {
    const byPath = new Map(routes.map((r) => [r.path, r]));
    for (const route of routes) {
      expect(route.alternates[route.locale]).toBe(route.path);
      for (const l of locales) {
        const other = byPath.get(route.alternates[l]);
        expect(other, `${route.path} → ${l}`).toBeDefined();
        expect(other!.locale).toBe(l);
        expect(other!.alternates).toEqual(route.alternates);
      }
    }
  });

  it('flags a page shown in Finnish for lack of a Swedish text', () => {
    const sv = findRoute(routes, 'sv', 'training', 'testi');
    const fi = findRoute(routes, 'fi', 'training', 'testi');
    expect(sv.fallback).toBe(true);
    expect(fi.fallback).toBe(false);
    // A fallback page keeps the Finnish slug under the Swedish section.
    expect(sv.path).toBe('/sv/utbildningar/testi/');
    expect(findRoute(routes, 'sv', 'service', 'testi').fallback).toBe(false);
  });

  it('keeps search, confirmation, 404, poster and campaign-list pages out of the index', () => {
    const hidden = ['search', 'notFound', 'interestThanks', 'eventPoster', 'campaigns'];
    for (const r of routes) expect(r.indexable).toBe(!hidden.includes(r.kind));
  });

  it('turns a path into the catch-all parameter', () => {
    expect(routeParam(findRoute(routes, 'sv', 'region', 'pori'))).toBe('sv/regioner/pori');
  });

  it('refuses two pages on one address, naming both', () => {
    const clash: Catalog = {
      ...catalog,
      pages: [
        ...catalog.pages,
        { id: 'koulutukset', facts: {}, texts: { fi: { title: 'Koulutukset', summary: 'x'.repeat(20) } } },
      ],
    };
    expect(() => buildRoutes(clash)).toThrow(/\/fi\/koulutukset\/.*trainingList.*page "koulutukset"/);
  });

  it('says which page is missing when a link target does not exist', () => {
    expect(() => findRoute(routes, 'fi', 'training', 'ei-ole')).toThrow('No training page "ei-ole" in fi');
  });
});
