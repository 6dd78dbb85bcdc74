/**
 * Aggregate counts of expressions of interest: per institution and month, how
 * many came with each source × campaign × training × municipality. No
 * personal data, so they are kept after the submissions themselves are
 * deleted at the end of retention.
 *
 * Blobs store "interest-counts". Counting writes one small blob per
 * submission, `events/<institution>/<YYYY-MM>/<reference>`, holding only the
 * counted dimensions: writers never touch the same key, so a burst of
 * submissions to one institution cannot conflict, and writing the same
 * reference again (a retried delivery) changes nothing.
 *
 * Reading sums those events into `totals/<institution>/<YYYY-MM>` (rows plus
 * the references folded in) with a conditional write, then deletes the
 * folded events, so a month is read from one blob plus what arrived since.
 * A reader that loses a race, or finds an event gone, starts over; an event
 * whose reference is already folded is never counted twice.
 */
import { getStore } from '@netlify/blobs';
import { mapLimited } from '../map-limited.ts';
import type { InterestRecord } from './record.ts';
import { isReference } from './reference.ts';

export interface CountRow {
  source: string;
  campaign: string;
  /** Training id, or service id when the person chose a service; empty for a guidance request. */
  training: string;
  municipality: string;
  count: number;
}

export interface MonthCounts {
  version: 1;
  institution: string;
  month: string;
  rows: CountRow[];
}

export const countsStoreName = 'interest-counts';
export const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The UTC month of a date, "YYYY-MM". */
export const monthOf = (date: Date) => date.toISOString().slice(0, 7);

/** The month before the one `date` is in. */
export function previousMonth(date: Date): string {
  return monthOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1)));
}

/** The counted dimensions of a record: nothing that names or reaches a person. */
/** What one submission adds to: a row without its count. */
export type Dimensions = Omit<CountRow, 'count'>;

export function dimensionsOf(record: InterestRecord): Dimensions {
  const s = record.submission;
  return { source: s.source, campaign: s.campaign, training: s.training || s.service, municipality: s.municipality };
}

const sameRow = (a: Dimensions, b: Dimensions) =>
  a.source === b.source && a.campaign === b.campaign && a.training === b.training && a.municipality === b.municipality;

export function addTo(counts: MonthCounts, dims: Dimensions): MonthCounts {
  const rows = counts.rows.map((r) => ({ ...r }));
  const row = rows.find((r) => sameRow(r, dims));
  if (row) row.count++;
  else rows.push({ ...dims, count: 1 });
  return { ...counts, rows };
}

/** Rows in a stable order, largest first, for tables and CSV. */
export function sortedRows(rows: CountRow[]): CountRow[] {
  const key = (r: CountRow) => [r.training, r.municipality, r.source, r.campaign].join('\u0000');
  return [...rows].sort((a, b) => b.count - a.count || key(a).localeCompare(key(b)));
}

/** A month's totals as stored; empty when there are none yet or the blob is not that. */
function parseTotals(raw: unknown): Pick<Totals, 'rows' | 'folded'> {
  if (!raw || typeof raw !== 'object') return { rows: [], folded: [] };
  const { rows, folded } = raw as { rows?: unknown; folded?: unknown };
  return {
    rows: (Array.isArray(rows) ? (rows as CountRow[]) : []).filter(
      (r) =>
        r &&
        typeof r.source === 'string' &&
        typeof r.campaign === 'string' &&
        typeof r.training === 'string' &&
        typeof r.municipality === 'string' &&
        Number.isInteger(r.count) &&
        r.count > 0,
    ),
    folded: Array.isArray(folded) ? folded.filter((f): f is string => typeof f === 'string') : [],
  };
}

/** One submission's dimensions as stored in its event blob; undefined when the blob is not that. */
function parseEvent(text: string): Dimensions | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const { source, campaign, training, municipality } = raw as Record<string, unknown>;
  if ([source, campaign, training, municipality].some((v) => typeof v !== 'string')) return undefined;
  return { source, campaign, training, municipality } as Dimensions;
}

/** The folded state of a month: its rows and every reference summed into them. */
interface Totals {
  version: 2;
  rows: CountRow[];
  folded: string[];
}

export interface CountsStore {
  /** Counts a submission once, however often it is called for the same record. */
  count(record: InterestRecord): Promise<void>;
  /** The month's counts; folds the events that arrived since the last read into its totals. */
  read(institution: string, month: string): Promise<MonthCounts>;
}

const eventsPrefix = (institution: string, month: string) => `events/${institution}/${month}/`;
const totalsKey = (institution: string, month: string) => `totals/${institution}/${month}`;

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

/** Event blobs read or deleted at once: enough to overlap round trips without flooding the store. */
const inFlight = 16;

export function blobsCounts(maxAttempts = 20): CountsStore {
  const store = getStore({ name: countsStoreName, consistency: 'strong' });

  async function listEvents(prefix: string): Promise<string[]> {
    const references: string[] = [];
    for await (const page of store.list({ prefix, paginate: true }))
      for (const { key } of page.blobs) references.push(key.slice(prefix.length));
    // Only what count() writes: a stray key (a local store's temporary file) is no submission.
    return references.filter(isReference);
  }

  /** One read-and-fold; undefined when another reader changed the month meanwhile. */
  async function readOnce(institution: string, month: string): Promise<MonthCounts | undefined> {
    const prefix = eventsPrefix(institution, month);
    const found = await store.getWithMetadata(totalsKey(institution, month), { type: 'json' });
    const stored = parseTotals(found?.data);
    const folded = new Set(stored.folded);
    let counts: MonthCounts = { version: 1, institution, month, rows: stored.rows };
    const listed = await listEvents(prefix);
    const fresh = listed.filter((reference) => !folded.has(reference));
    const events = await mapLimited(fresh, inFlight, async (reference) =>
      store.get(prefix + reference, { type: 'text' }),
    );
    // An event gone between list and get was folded and deleted by another reader: read again.
    if (events.some((event) => event === null)) return undefined;
    const added: string[] = [];
    events.forEach((event, i) => {
      const dims = parseEvent(event);
      if (!dims) return; // Not an event this code wrote; left alone and never counted.
      counts = addTo(counts, dims);
      added.push(fresh[i]!);
    });
    const stale = listed.filter((reference) => folded.has(reference));
    if (added.length === 0 && stale.length === 0) return counts;
    if (added.length > 0) {
      const totals: Totals = { version: 2, rows: counts.rows, folded: [...folded, ...added] };
      const condition = found?.etag ? { onlyIfMatch: found.etag } : { onlyIfNew: true as const };
      if (!(await store.setJSON(totalsKey(institution, month), totals, condition)).modified) return undefined;
    }
    // Folded events are only clutter now; a delete that fails leaves one that the next read skips.
    await mapLimited([...added, ...stale], inFlight, (reference) =>
      store.delete(prefix + reference).catch(() => undefined),
    );
    return counts;
  }

  return {
    async count(record) {
      const month = monthOf(new Date(record.createdAt));
      const key = eventsPrefix(record.destination.institution, month) + record.reference;
      await store.setJSON(key, dimensionsOf(record));
    },
    async read(institution, month) {
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const counts = await readOnce(institution, month);
        if (counts) return counts;
        await sleep(Math.random() * 20 * attempt);
      }
      throw Object.assign(new Error('counts: the month kept changing while read'), { code: 'COUNT_BUSY' });
    },
  };
}

export const csvHeader = ['month', 'institution', 'training', 'municipality', 'source', 'campaign', 'count'];

/** The month's counts as CSV rows (ids, not names, so they join with other data). */
export function countsCsvRows(counts: MonthCounts): Array<Array<string | number>> {
  return sortedRows(counts.rows).map((r) => [
    counts.month,
    counts.institution,
    r.training,
    r.municipality,
    r.source,
    r.campaign,
    r.count,
  ]);
}
