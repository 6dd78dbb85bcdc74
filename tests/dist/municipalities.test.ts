/**
 * The municipality pages in dist/: one per municipality in both languages,
 * listing exactly what that municipality's residents can join (worked out
 * here from the content files, not by the code that renders the page), with
 * the municipality's guidance contact, linked from the home and region pages,
 * each naming the other language's page as its alternate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { locales, type Locale, queryParams } from '../../src/i18n/locales.ts';
import { type Catalog, localize } from '../../src/lib/catalog.ts';
import { contentDirFromEnv, loadContentDir } from '../../src/lib/content-files.ts';
import { isUpcoming, todayInFinland } from '../../src/lib/dates.ts';
import { buildRoutes, findRoute, type Route } from '../../src/lib/routes.ts';
import { attr, distDir, hasDist, readPage, siteOrigin, tags, textOf } from '../support/dist.ts';

/** The addresses of the cards a page lists: each card's title links to its page. */
function cardLinks(html: string): string[] {
  const titles = html.match(/<h[23] class="card-title"[^>]*>\s*<a [^>]*>/g) ?? [];
  return titles.map((t) => attr(tags(t, 'a')[0]!, 'href')!).sort();
}

describe.skipIf(!hasDist)('municipality pages in dist/', () => {
  let catalog: Catalog;
  let routes: Route[];
  let origin: string;
  const municipalityList: Array<{ id: string; region: string }> = [];
  beforeAll(() => {
    catalog = loadContentDir(contentDirFromEnv());
    routes = buildRoutes(catalog);
    origin = siteOrigin();
    for (const region of catalog.regions)
      for (const m of region.municipalities) municipalityList.push({ id: m.id, region: region.id });
  });
  const nameOf = (id: string, locale: Locale) => {
    const m = catalog.regions.flatMap((r) => r.municipalities).find((x) => x.id === id)!;
    return localize(m.name, locale);
  };
  const pathOf = (locale: Locale, id: string) => findRoute(routes, locale, 'municipality', id).path;
  const cases = () => municipalityList.flatMap((m) => locales.map((l) => ({ ...m, locale: l })));

  it('exist for every municipality of every region, in both languages, named in the page language', () => {
    expect(municipalityList.length).toBeGreaterThan(5);
    for (const { id, locale } of cases()) {
      const path = pathOf(locale, id);
      expect(path.startsWith(locale === 'fi' ? '/fi/kunnat/' : '/sv/kommuner/'), path).toBe(true);
      const page = readPage(path);
      expect(page.lang).toBe(locale);
      expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page.html)![1]!), path).toContain(nameOf(id, locale));
    }
  });

  it('use Swedish names in Swedish addresses', () => {
    expect(pathOf('sv', 'kerava')).toBe('/sv/kommuner/kervo/');
    expect(pathOf('sv', 'vantaa')).toBe('/sv/kommuner/vanda/');
    expect(pathOf('sv', 'porvoo')).toBe('/sv/kommuner/borga/');
    expect(pathOf('fi', 'kerava')).toBe('/fi/kunnat/kerava/');
  });

  it('list exactly the trainings, services and upcoming events open to the municipality', () => {
    const today = todayInFinland();
    let listed = 0;
    for (const { id, locale } of cases()) {
      const serves = (d: { facts: { municipalities: string[] } }) => d.facts.municipalities.includes(id);
      const expected = [
        ...catalog.trainings.filter(serves).map((d) => findRoute(routes, locale, 'training', d.id).path),
        ...catalog.services.filter(serves).map((d) => findRoute(routes, locale, 'service', d.id).path),
        ...catalog.events
          .filter((e) => serves(e) && isUpcoming(e.facts, today))
          .map((d) => findRoute(routes, locale, 'event', d.id).path),
      ].sort();
      const path = pathOf(locale, id);
      expect(cardLinks(readPage(path).html), path).toEqual(expected);
      listed += expected.length;
    }
    expect(listed, 'the pages list something').toBeGreaterThan(0);
  });

  it("give the guidance institution's contact and the interest form set to the municipality", () => {
    for (const { id, locale } of cases()) {
      const m = catalog.regions.flatMap((r) => r.municipalities).find((x) => x.id === id)!;
      const inst = catalog.institutions.find((i) => i.id === m.guidance)!;
      const page = readPage(pathOf(locale, id));
      const box = /<section[^>]*data-guidance[\s\S]*?<\/section>/.exec(page.html)?.[0] ?? '';
      expect(box, page.path).not.toBe('');
      const text = textOf(box);
      expect(text).toContain(localize(inst.name, locale));
      const hrefs = tags(box, 'a').map((a) => attr(a, 'href'));
      expect(hrefs).toContain(findRoute(routes, locale, 'institution', inst.id).path);
      if (inst.contact) {
        expect(text).toContain(inst.contact.name);
        if (inst.contact.email) expect(hrefs).toContain(`mailto:${inst.contact.email}`);
      } else {
        const channel = inst.intake.find((c) => c.municipalities.includes(id))!;
        expect(hrefs).toContain(`mailto:${channel.email}`);
      }
      const form = findRoute(routes, locale, 'interest').path;
      expect(hrefs).toContain(`${form}?${queryParams.municipality[locale]}=${id}`);
    }
  });

  it('are linked from the home page and from their region page', () => {
    for (const { id, region, locale } of cases()) {
      const target = pathOf(locale, id);
      for (const from of [findRoute(routes, locale, 'home').path, findRoute(routes, locale, 'region', region).path]) {
        const hrefs = tags(readPage(from).html, 'a').map((a) => attr(a, 'href'));
        expect(hrefs, `${from} → ${target}`).toContain(target);
      }
    }
  });

  it('name each other as hreflang alternates and are in the sitemap', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    const abs = (path: string) => new URL(path, origin).href;
    for (const { id } of municipalityList) {
      const pair = { fi: abs(pathOf('fi', id)), sv: abs(pathOf('sv', id)) };
      for (const locale of locales) {
        expect(readPage(pathOf(locale, id)).alternates).toEqual({ ...pair, 'x-default': abs('/') });
        expect(sitemap).toContain(`<loc>${pair[locale]}</loc>`);
      }
    }
  });

  it('load no JavaScript', () => {
    for (const { id, locale } of cases()) {
      const html = readPage(pathOf(locale, id)).html;
      expect(html, pathOf(locale, id)).not.toMatch(/<script\b/i);
    }
  });
});
