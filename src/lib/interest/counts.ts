/**
 * Aggregate counts of accepted expressions of interest: per institution and
 * month, how many came with each source × campaign × training × municipality.
 * No personal data, so they are kept after the submissions themselves are
 * deleted at the end of retention.
 *
 * One blob per institution and month (Blobs store "interest-counts", key
 * "<institution>/<YYYY-MM>"). An increment reads the blob with its etag and
 * writes it back only if nobody wrote in between (`onlyIfMatch`, or
 * `onlyIfNew` for the month's first count); on a conflict it reads again, so
 * concurrent submissions never lose a count.
 */
import { getStore } from '@netlify/blobs';
import type { InterestRecord } from './record.ts';

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

export const countsKey = (institution: string, month: string) => `${institution}/${month}`;

/** The counted dimensions of a record: nothing that names or reaches a person. */
export function dimensionsOf(record: InterestRecord): Omit<CountRow, 'count'> {
  const s = record.submission;
  return { source: s.source, campaign: s.campaign, training: s.training || s.service, municipality: s.municipality };
}

const sameRow = (a: Omit<CountRow, 'count'>, b: Omit<CountRow, 'count'>) =>
  a.source === b.source && a.campaign === b.campaign && a.training === b.training && a.municipality === b.municipality;

export function addTo(counts: MonthCounts, dims: Omit<CountRow, 'count'>): MonthCounts {
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

function parseCounts(raw: unknown, institution: string, month: string): MonthCounts {
  const empty: MonthCounts = { version: 1, institution, month, rows: [] };
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as MonthCounts).rows)) return empty;
  const rows = (raw as MonthCounts).rows.filter(
    (r) =>
      r &&
      typeof r.source === 'string' &&
      typeof r.campaign === 'string' &&
      typeof r.training === 'string' &&
      typeof r.municipality === 'string' &&
      Number.isInteger(r.count) &&
      r.count > 0,
  );
  return { ...empty, rows };
}

export interface CountsStore {
  /** Adds one to the record's row; retries on conflicting writes. How many attempts it took. */
  count(record: InterestRecord): Promise<number>;
  read(institution: string, month: string): Promise<MonthCounts>;
}

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

export function blobsCounts(maxAttempts = 60): CountsStore {
  const store = getStore({ name: countsStoreName, consistency: 'strong' });
  return {
    async count(record) {
      const institution = record.destination.institution;
      const month = monthOf(new Date(record.createdAt));
      const key = countsKey(institution, month);
      const dims = dimensionsOf(record);
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const found = await store.getWithMetadata(key, { type: 'json' });
        const next = addTo(parseCounts(found?.data, institution, month), dims);
        const condition = found?.etag ? { onlyIfMatch: found.etag } : { onlyIfNew: true as const };
        const result = await store.setJSON(key, next, condition);
        if (result.modified) return attempt;
        // Someone else counted in between: read again, after a short random pause so writers spread out.
        await sleep(Math.random() * 10 * Math.min(attempt, 10));
      }
      throw Object.assign(new Error('counts: too many conflicting writes'), { code: 'COUNT_CONFLICT' });
    },
    async read(institution, month) {
      return parseCounts(await store.get(countsKey(institution, month), { type: 'json' }), institution, month);
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
