/**
 * Venues in the reader's language on the built pages: a Swedish event page
 * says "Dickursby bibliotek, Näckrosvägen 4, 01300 Vanda", never the
 * Finnish "Tikkurilan kirjasto, Lummetie 4, 01300 Vantaa", and the Swedish
 * list of info sessions names the venues in Swedish too.
 */
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { contentDirFromEnv, loadContentDir } from '../../src/lib/content-files.ts';
import { localize } from '../../src/lib/catalog.ts';
import { venueText } from '../../src/lib/facts.ts';
import { findRoute } from '../../src/lib/routes.ts';
import { hasDist, readPage, siteRoutes, textOf } from '../support/dist.ts';

// The sample content has venues in bilingual and Finnish-only towns; test trees may have none.
describe.skipIf(!hasDist || Boolean(process.env['POLKU_CONTENT_DIR']))('venues on the built event pages', () => {
  const catalog = loadContentDir(contentDirFromEnv());
  const venues = catalog.events.flatMap((e) => (e.facts.place.kind === 'address' ? [{ id: e.id, place: e.facts.place }] : []));

  it('the sample content has venues, some with Swedish names', () => {
    expect(venues.length).toBeGreaterThanOrEqual(3);
    expect(venues.filter((v) => v.place.street.sv).length).toBeGreaterThanOrEqual(2);
  });

  it('each event page names its venue, street and town in its own language', () => {
    const routes = siteRoutes();
    for (const { id, place } of venues) {
      for (const locale of locales) {
        const text = textOf(readPage(findRoute(routes, locale, 'event', id).path).html);
        expect(text, `${locale} ${id}`).toContain(venueText(place, { catalog, locale }));
      }
      const sv = textOf(readPage(findRoute(routes, 'sv', 'event', id).path).html);
      if (place.name.sv) expect(sv, id).not.toContain(place.name.fi);
      if (place.street.sv) expect(sv, id).not.toContain(place.street.fi);
    }
  });

  it('the Swedish lists of info sessions (upcoming and past) name the venues in Swedish', () => {
    const routes = siteRoutes();
    const list = ['eventList', 'eventArchive']
      .map((kind) => textOf(readPage(findRoute(routes, 'sv', kind as 'eventList').path).html))
      .join('\n');
    for (const { id, place } of venues) {
      expect(list, id).toContain(localize(place.name, 'sv'));
      if (place.name.sv) expect(list, id).not.toContain(place.name.fi);
    }
  });
});
