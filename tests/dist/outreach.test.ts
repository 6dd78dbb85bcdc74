/**
 * The outreach files in the built site: calendars and feeds read by a real
 * iCalendar parser, campaign links followed through dist/_redirects, share
 * images read from their PNG headers, and the pages' JSON-LD.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { eventCalendarPath, feedEvents, feedPath } from '../../src/lib/calendar.ts';
import { isActive, loadCampaigns, shortPath } from '../../src/lib/campaigns.ts';
import { contentDirFromEnv, loadContentDir } from '../../src/lib/content-files.ts';
import { isUpcoming, todayInFinland } from '../../src/lib/dates.ts';
import { findRoute } from '../../src/lib/routes.ts';
import { attr, distDir, fileFor, hasDist, readPage, siteOrigin, siteRoutes, tags } from '../support/dist.ts';

const catalog = loadContentDir(contentDirFromEnv());
const routes = siteRoutes();
const today = todayInFinland();

function readCalendar(path: string): ICAL.Event[] {
  const file = fileFor(path);
  expect(file, `${path} in dist/`).toBeDefined();
  const component = new ICAL.Component(ICAL.parse(readFileSync(file!, 'utf8')));
  return component.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

/** "2027-03-31T17:00": the Helsinki wall-clock time of a parsed calendar time. */
function helsinki(time: ICAL.Time): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Helsinki',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(time.toJSDate());
  return parts.replace(' ', 'T');
}

describe.skipIf(!hasDist)('outreach files in dist/', () => {
  it('has a calendar file per session and language with its page, place and Helsinki times', () => {
    const origin = siteOrigin();
    for (const locale of locales) {
      for (const doc of catalog.events) {
        const [event] = readCalendar(eventCalendarPath(locale, doc.id));
        expect(event!.uid).toBe(`${doc.id}@polku`);
        expect(helsinki(event!.startDate)).toBe(doc.facts.start);
        expect(helsinki(event!.endDate)).toBe(doc.facts.end);
        expect(event!.component.getFirstPropertyValue('url')).toBe(
          new URL(findRoute(routes, locale, 'event', doc.id).path, origin).href,
        );
        const place = doc.facts.place;
        expect(event!.location).toContain(place.kind === 'address' ? place.postalCode : place.url);
        expect(event!.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      }
    }
  });

  it('keeps wall-clock times on both sides of the change to summer time (28.3.2027)', () => {
    // Winter time runs from 31.10.2026 to 28.3.2027, summer time from then to 31.10.2027.
    const before = catalog.events.filter((e) => e.facts.start > '2026-11-01' && e.facts.start < '2027-03-28');
    const after = catalog.events.filter((e) => e.facts.start > '2027-03-28' && e.facts.start < '2027-10-31');
    expect(before.length, 'a sample session before the change').toBeGreaterThan(0);
    expect(after.length, 'a sample session after the change').toBeGreaterThan(0);
    for (const doc of [...before, ...after]) {
      const [event] = readCalendar(eventCalendarPath('fi', doc.id));
      const offset = doc.facts.start < '2027-03-28' ? 2 : 3;
      const utcHour = Number(doc.facts.start.slice(11, 13)) - offset;
      expect(event!.startDate.toJSDate().getUTCHours(), doc.id).toBe(utcHour);
    }
  });

  it('has a feed of upcoming sessions per region and institution, linked from its page', () => {
    for (const locale of locales) {
      for (const [kind, ids] of [
        ['region', catalog.regions.map((r) => r.id)],
        ['institution', catalog.institutions.map((i) => i.id)],
      ] as const) {
        for (const id of ids) {
          const uids = readCalendar(feedPath(locale, kind, id)).map((e) => e.uid);
          expect(uids).toEqual(feedEvents(catalog, kind, id, today).map((d) => `${d.id}@polku`));
          const page = readPage(findRoute(routes, locale, kind, id).path);
          const links = tags(page.html, 'a').filter((a) => attr(a, 'data-calendar-feed') !== undefined);
          expect(links.map((a) => new URL(attr(a, 'href')!).pathname)).toEqual([feedPath(locale, kind, id)]);
        }
      }
    }
    const sessions = catalog.events.filter((e) => isUpcoming(e.facts, today));
    const inFeeds = new Set(
      catalog.institutions.flatMap((i) => readCalendar(feedPath('fi', 'institution', i.id)).map((e) => e.uid)),
    );
    expect(inFeeds.size).toBe(sessions.length);
  });

  it('serves calendars as text/calendar', () => {
    const headers = readFileSync(`${distDir}/_headers`, 'utf8');
    expect(headers).toMatch(/^\/calendar\/\*\n\s+Content-Type: text\/calendar; charset=utf-8$/m);
  });

  it('sends every campaign link to an existing page, with attribution only while valid', () => {
    const rules = readFileSync(`${distDir}/_redirects`, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split(/\s+/));
    const campaigns = loadCampaigns(contentDirFromEnv());
    expect(campaigns.length).toBeGreaterThan(0);
    expect(campaigns.some((c) => !isActive(c, today)), 'an expired sample campaign').toBe(true);
    for (const c of campaigns) {
      const rule = rules.find(([from]) => from === shortPath(c.code));
      expect(rule, c.code).toBeDefined();
      expect(rule![2]).toBe('302');
      const to = new URL(rule![1]!, 'http://x.example');
      expect(fileFor(to.pathname), `${c.code} → ${to.pathname}`).toBeDefined();
      const [source, campaign] = c.locale === 'fi' ? ['lahde', 'kampanja'] : ['källa', 'kampanj'];
      expect(to.searchParams.get(source)).toBe(isActive(c, today) ? c.source : null);
      expect(to.searchParams.get(campaign)).toBe(isActive(c, today) ? c.campaign : null);
      expect(readPage(to.pathname).lang).toBe(c.locale);
      expect(fileFor(`/i/${c.code}/qr.svg`)).toBeDefined();
      expect(fileFor(`/i/${c.code}/qr.png`)).toBeDefined();
    }
    // The 404 rules stay last, or they would swallow the campaign links.
    expect(rules.at(-1)![2]).toBe('404');
    expect(rules.findIndex((r) => r[2] === '404')).toBeGreaterThan(rules.findIndex((r) => r[0]!.startsWith('/i/')));
  });

  it('has a 1200 × 630 share image for every page that declares one, with the card tags', () => {
    let checked = 0;
    for (const route of routes) {
      const page = readPage(route.path);
      const meta = (key: string) =>
        tags(page.html, 'meta')
          .filter((m) => attr(m, 'property') === key || attr(m, 'name') === key)
          .map((m) => attr(m, 'content'));
      expect(meta('og:locale'), route.path).toEqual([route.locale === 'fi' ? 'fi_FI' : 'sv_FI']);
      expect(meta('og:locale:alternate'), route.path).toEqual([route.locale === 'fi' ? 'sv_FI' : 'fi_FI']);
      const [image] = meta('og:image');
      if (['training', 'service', 'event'].includes(route.kind)) expect(image, route.path).toBeDefined();
      if (image === undefined) continue;
      const png = readFileSync(fileFor(new URL(image).pathname)!);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], image).toEqual([1200, 630]);
      expect(meta('og:image:width')).toEqual(['1200']);
      expect(meta('og:image:height')).toEqual(['630']);
      expect(meta('twitter:card')).toEqual(['summary_large_image']);
      expect(meta('og:url')).toEqual([new URL(route.path, siteOrigin()).href]);
      expect(meta('og:title')[0]).toBeTruthy();
      expect(meta('og:description')[0]).toBeTruthy();
      checked += 1;
    }
    expect(checked).toBeGreaterThan(catalog.trainings.length * 2);
  });

  it('puts the campaign landing pages (forms and lists too) in share cards', () => {
    for (const c of loadCampaigns(contentDirFromEnv())) {
      const rule = readFileSync(`${distDir}/_redirects`, 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`${shortPath(c.code)} `))!;
      const path = new URL(rule.trim().split(/\s+/)[1]!, 'http://x.example').pathname;
      expect(readPage(path).html, path).toMatch(/<meta property="og:image" content="[^"]+\.png"/);
    }
  });
});

function jsonLd(path: string): Array<Record<string, unknown>> {
  const html = readPage(path).html;
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (m) => JSON.parse(m[1]!) as Record<string, unknown>,
  );
}

describe.skipIf(!hasDist)('structured data in the built pages', () => {
  it('has a Course with its provider on every training page, and an ItemList of their addresses on the list', () => {
    for (const route of routes.filter((r) => r.kind === 'training')) {
      const [ld] = jsonLd(route.path);
      expect(ld).toMatchObject({ '@type': 'Course', provider: { name: expect.any(String) } });
      expect(ld!['url']).toBe(new URL(route.path, siteOrigin()).href);
    }
    for (const locale of locales) {
      const [list] = jsonLd(findRoute(routes, locale, 'trainingList').path);
      expect(list!['@type']).toBe('ItemList');
      const listed = (list!['itemListElement'] as Array<{ url: string }>).map((i) => i.url);
      const pages = routes.filter((r) => r.kind === 'training' && r.locale === locale);
      expect(listed.sort()).toEqual(pages.map((r) => new URL(r.path, siteOrigin()).href).sort());
    }
  });

  it('has an EducationEvent with offset times, place and organizer on every event page', () => {
    for (const route of routes.filter((r) => r.kind === 'event')) {
      const [ld] = jsonLd(route.path);
      const doc = catalog.events.find((e) => e.id === route.id)!;
      expect(ld).toMatchObject({
        '@type': 'EducationEvent',
        startDate: expect.stringMatching(new RegExp(`^${doc.facts.start}:00\\+0[23]:00$`)),
        endDate: expect.stringMatching(new RegExp(`^${doc.facts.end}:00\\+0[23]:00$`)),
        eventStatus: 'https://schema.org/EventScheduled',
        location: { '@type': doc.facts.place.kind === 'online' ? 'VirtualLocation' : 'Place' },
        organizer: { name: expect.any(String) },
      });
    }
  });

  it('has an Organization on every institution page', () => {
    for (const route of routes.filter((r) => r.kind === 'institution')) {
      expect(jsonLd(route.path)[0]).toMatchObject({ '@type': 'EducationalOrganization', url: expect.any(String) });
    }
  });
});
