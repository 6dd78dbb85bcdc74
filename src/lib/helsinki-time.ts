/**
 * Content times are Finnish wall-clock times ("2027-03-28T10:00"). Calendars
 * and structured data need the instant, which depends on daylight saving:
 * +02:00 in winter, +03:00 in summer. The offset comes from the time-zone
 * database through Intl, never from the build machine's own zone.
 */
const zone = 'Europe/Helsinki';
const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });

/** Helsinki's offset from UTC in minutes at an instant. */
function offsetAt(instant: Date): number {
  const name = offsetFormat.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function wallClock(local: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new Error(`Not a local time YYYY-MM-DDTHH:MM: ${local}`);
  const [, y, m, d, hh, mm] = match.map(Number) as [number, number, number, number, number, number];
  return Date.UTC(y, m - 1, d, hh, mm);
}

/** The instant of a Helsinki wall-clock time. */
export function helsinkiInstant(local: string): Date {
  const asUtc = wallClock(local);
  // The offset at the guessed instant, checked once more at the result: right on both sides of a change.
  const first = offsetAt(new Date(asUtc));
  const second = offsetAt(new Date(asUtc - first * 60_000));
  return new Date(asUtc - second * 60_000);
}

/** "2027-01-20T14:00:00+02:00": the wall-clock time with Helsinki's offset on that day. */
export function withHelsinkiOffset(local: string): string {
  const instant = helsinkiInstant(local);
  const minutes = Math.round((wallClock(local) - instant.getTime()) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}:00${sign}${hh}:${mm}`;
}
