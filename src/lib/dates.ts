import type { Locale } from '../i18n/locales.ts';

/**
 * Dates in content are plain local Finnish dates and times ("2027-02-01",
 * "2027-01-20T14:00"). They are formatted from their parts, never through a
 * time zone, so a build anywhere prints what the editor wrote.
 */
const weekdayLocale: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI' };
const timeWord: Record<Locale, string> = { fi: 'klo', sv: 'kl.' };

function parts(value: string): { y: number; m: number; d: number; time?: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value);
  if (!match) throw new Error(`Not a date: ${value}`);
  const [, y, m, d, hh, mm] = match;
  const base = { y: Number(y), m: Number(m), d: Number(d) };
  return hh && mm ? { ...base, time: `${Number(hh)}.${mm}` } : base;
}

/** "1.2.2027" in both languages, as Finnish and Finland-Swedish write it. */
export function formatDate(value: string): string {
  const { y, m, d } = parts(value);
  return `${d}.${m}.${y}`;
}

// Made once: an Intl.DateTimeFormat costs far more to make than to use, and a build formats thousands of dates.
const weekdayFormats = new Map<Locale, Intl.DateTimeFormat>();
let helsinkiDate: Intl.DateTimeFormat | undefined;

function weekday(value: string, locale: Locale): string {
  const { y, m, d } = parts(value);
  let format = weekdayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(weekdayLocale[locale], { weekday: 'short', timeZone: 'UTC' });
    weekdayFormats.set(locale, format);
  }
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "ke 20.1.2027 klo 14.00–15.30" / "ons 20.1.2027 kl. 14.00–15.30". */
export function formatEventTime(start: string, end: string, locale: Locale): string {
  const s = parts(start);
  const e = parts(end);
  const day = `${weekday(start, locale)} ${formatDate(start)}`;
  const sameDay = start.slice(0, 10) === end.slice(0, 10);
  if (sameDay) return `${day} ${timeWord[locale]} ${s.time}–${e.time}`;
  return `${day} ${timeWord[locale]} ${s.time} – ${weekday(end, locale)} ${formatDate(end)} ${timeWord[locale]} ${e.time}`;
}

/** "2027-03" for a dated start, for filters and grouping by month. */
export function monthOf(value: string): string {
  return value.slice(0, 7);
}

/**
 * Today's date as YYYY-MM-DD in Finland. Pages that split upcoming from past
 * take the date as an input: the build reads POLKU_TODAY when set, so tests
 * and reproducible builds do not depend on the calendar.
 */
export function todayInFinland(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const fixed = env['POLKU_TODAY'];
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed)) throw new Error(`POLKU_TODAY must be YYYY-MM-DD, got "${fixed}"`);
    return fixed;
  }
  helsinkiDate ??= new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' });
  return helsinkiDate.format(now);
}

/** An event is upcoming until the day it ends has passed. */
export function isUpcoming(event: { end: string }, today: string): boolean {
  return event.end.slice(0, 10) >= today;
}
