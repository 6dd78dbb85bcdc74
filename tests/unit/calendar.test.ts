import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventCalendar, feedCalendar, feedEvents } from '../../src/lib/calendar.ts';
import type { Catalog } from '../../src/lib/catalog.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';
import { helsinkiInstant, withHelsinkiOffset } from '../../src/lib/helsinki-time.ts';

describe('Helsinki wall-clock times', () => {
  it('use +02:00 in winter and +03:00 in summer, on both sides of each change in 2027', () => {
    expect(withHelsinkiOffset('2027-01-20T14:00')).toBe('2027-01-20T14:00:00+02:00');
    // Clocks go forward on the last Sunday of March (28.3.2027 at 03:00) and back on 31.10.2027 at 04:00.
    expect(withHelsinkiOffset('2027-03-27T10:00')).toBe('2027-03-27T10:00:00+02:00');
    expect(withHelsinkiOffset('2027-03-29T10:00')).toBe('2027-03-29T10:00:00+03:00');
    expect(withHelsinkiOffset('2027-10-30T10:00')).toBe('2027-10-30T10:00:00+03:00');
    expect(withHelsinkiOffset('2027-11-01T10:00')).toBe('2027-11-01T10:00:00+02:00');
    expect(helsinkiInstant('2027-03-29T10:00').toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(helsinkiInstant('2027-03-27T10:00').toISOString()).toBe('2027-03-27T08:00:00.000Z');
  });
});

const catalog: Catalog = loadContentDir('tests/fixtures/content');
const input = {
  catalog,
  locale: 'fi' as const,
  pageUrl: (id: string) => `https://polku.example/fi/infotilaisuudet/${id}/`,
  stamp: new Date('2027-01-01T00:00:00Z'),
};

/** Helsinki wall-clock "HH:MM" of an ical.js time, whatever zone the file used. */
function helsinkiClock(time: ICAL.Time): string {
  return new Intl.DateTimeFormat('fi-FI', { timeZone: 'Europe/Helsinki', hour: '2-digit', minute: '2-digit' })
    .format(time.toJSDate())
    .replace('.', ':');
}

describe('iCalendar files', () => {
  it('parse with ical.js and keep the written wall-clock times', () => {
    for (const doc of catalog.events) {
      const parsed = new ICAL.Component(ICAL.parse(eventCalendar(doc, input)));
      const vevent = parsed.getFirstSubcomponent('vevent')!;
      const event = new ICAL.Event(vevent);
      expect(event.uid).toBe(`${doc.id}@polku`);
      expect(vevent.getFirstPropertyValue('dtstamp')).toBeTruthy();
      expect(vevent.getFirstPropertyValue('url')).toBe(input.pageUrl(doc.id));
      expect(event.location).toBeTruthy();
      expect(helsinkiClock(event.startDate)).toBe(doc.facts.start.slice(11));
      expect(helsinkiClock(event.endDate)).toBe(doc.facts.end.slice(11));
    }
  });

  it('puts only upcoming sessions in a feed, named after its owner', () => {
    const doc = catalog.events[0]!;
    expect(feedEvents(catalog, 'institution', doc.facts.institution, '2027-01-20').map((e) => e.id)).toEqual([doc.id]);
    expect(feedEvents(catalog, 'institution', doc.facts.institution, '2027-01-21')).toEqual([]);
    const feed = new ICAL.Component(
      ICAL.parse(feedCalendar('institution', doc.facts.institution, '2027-01-01', input)),
    );
    expect(feed.getFirstPropertyValue('x-wr-calname')).toMatch(/^Polku – /);
    expect(feed.getAllSubcomponents('vevent')).toHaveLength(1);
  });
});
