/**
 * iCalendar files (RFC 5545) for info sessions: one file per session to add
 * it to a calendar, and a feed per region and per institution of the
 * upcoming sessions to subscribe to. ical-generator writes the format
 * (escaping, line folding, UID/DTSTAMP); times are written in UTC (with Z), so every
 * calendar shows the Helsinki wall-clock time the editor wrote.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { EventFacts } from '../content/schemas.ts';
import type { Locale } from '../i18n/locales.ts';
import { byId, type Catalog, type Doc, localize, textOf } from './catalog.ts';
import { isUpcoming } from './dates.ts';
import { venueText } from './facts.ts';
import { helsinkiInstant } from './helsinki-time.ts';

export type FeedKind = 'region' | 'institution';

/** Calendar files live under one folder, so one header rule serves them as text/calendar. */
export function eventCalendarPath(locale: Locale, eventId: string): string {
  return `/calendar/${locale}/event/${eventId}.ics`;
}

export function feedPath(locale: Locale, kind: FeedKind, id: string): string {
  return `/calendar/${locale}/${kind}/${id}.ics`;
}

/** Where a session happens, as one line in the calendar's language: the venue and address, or the platform and its link. */
export function eventLocation(facts: EventFacts, catalog: Catalog, locale: Locale): string {
  return facts.place.kind === 'address'
    ? venueText(facts.place, { catalog, locale })
    : `${facts.place.platform}: ${facts.place.url}`;
}

export interface CalendarInput {
  catalog: Catalog;
  locale: Locale;
  /** The page of each event in this language, as an absolute URL. */
  pageUrl: (eventId: string) => string;
  /** DTSTAMP: the build's date, so the same content builds the same file. */
  stamp: Date;
}

function calendar(name: string, docs: ReadonlyArray<Doc<EventFacts>>, input: CalendarInput): string {
  const cal = ical({
    name,
    prodId: { company: 'Polku', product: 'Polku', language: input.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const doc of docs) {
    const { text } = textOf(doc, input.locale);
    const url = input.pageUrl(doc.id);
    const online = doc.facts.place.kind === 'online' ? `\n${doc.facts.place.url}` : '';
    cal.createEvent({
      // One UID for the session in every language: a calendar keeps one copy of it.
      id: `${doc.id}@polku`,
      stamp: input.stamp,
      start: helsinkiInstant(doc.facts.start),
      end: helsinkiInstant(doc.facts.end),
      summary: text.title,
      description: `${text.summary}${online}\n\n${url}`,
      location: eventLocation(doc.facts, input.catalog, input.locale),
      url,
    });
  }
  return cal.toString();
}

/** One session's file, to add it to a calendar. */
export function eventCalendar(doc: Doc<EventFacts>, input: CalendarInput): string {
  return calendar(textOf(doc, input.locale).text.title, [doc], input);
}

/** The upcoming sessions of a region (its municipalities) or an institution, oldest first. */
export function feedEvents(catalog: Catalog, kind: FeedKind, id: string, today: string): Array<Doc<EventFacts>> {
  const region = kind === 'region' ? byId(catalog.regions, id) : undefined;
  const towns = region?.municipalities.map((m) => m.id) ?? [];
  return catalog.events
    .filter((e) => isUpcoming(e.facts, today))
    .filter((e) =>
      kind === 'institution' ? e.facts.institution === id : e.facts.municipalities.some((m) => towns.includes(m)),
    )
    .sort((a, b) => a.facts.start.localeCompare(b.facts.start));
}

/** A subscribable feed; its name is the region's or institution's name. */
export function feedCalendar(kind: FeedKind, id: string, today: string, input: CalendarInput): string {
  const owner = kind === 'region' ? byId(input.catalog.regions, id) : byId(input.catalog.institutions, id);
  const name = owner ? `Polku – ${localize(owner.name, input.locale)}` : `Polku – ${id}`;
  return calendar(name, feedEvents(input.catalog, kind, id, today), input);
}
