/**
 * The monthly summary: for the previous month, each institution gets its
 * counts at its intake address(es), in its staff's language, as a table
 * (plain text and HTML) and as the same figures in a CSV attachment. Counts
 * only, never personal data.
 *
 * Sent at most once per institution and month: before sending, a marker
 * "<institution>/<YYYY-MM>" is created in the Blobs store "interest-summaries"
 * with `onlyIfNew`; whoever creates it sends. A failed send removes the
 * marker, so the next run tries again. An institution with no submissions in
 * the month gets no mail.
 */
import { getStore } from '@netlify/blobs';
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import type { InterestConfig } from './config.ts';
import { type CountsStore, countsCsvRows, csvHeader, type MonthCounts, previousMonth, sortedRows } from './counts.ts';
import { toCsv } from './csv.ts';
import { errorCode, type Log } from './deliver.ts';
import { escapeHtml, headerSafe } from './escape.ts';
import type { MailMessage } from './mail.ts';
import { localizedName, type RoutingTable } from './routing.ts';
import type { Transport } from './transports.ts';

export const summariesStoreName = 'interest-summaries';

/** "tammikuu 2027" / "januari 2027". */
export function monthName(month: string, locale: Locale): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, m - 1, 1)),
  );
}

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function htmlTable(caption: string, header: string[], rows: string[][], total: string[]): string {
  const cells = (tag: 'th' | 'td', r: string[]) =>
    r
      .map((c, i) =>
        i === r.length - 1 ? `<${tag} align="right">${escapeHtml(c)}</${tag}>` : `<${tag}>${escapeHtml(c)}</${tag}>`,
      )
      .join('');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${cells('th', header).replace(/<th/g, '<th scope="col"')}</tr></thead><tbody>${rows.map((r) => `<tr>${cells('td', r)}</tr>`).join('')}</tbody><tfoot><tr>${cells('th', total)}</tr></tfoot></table>`;
}

/** The summary mail of one institution's month. */
export function summaryMail(
  counts: MonthCounts,
  table: RoutingTable,
  env: Pick<InterestConfig, 'mailFrom' | 'overrideEmail'>,
): MailMessage {
  const institution = table.institutions[counts.institution]!;
  const lang = institution.staffLanguage;
  const t = useTranslations(lang);
  const none = t('mail.none');
  const topic = (id: string) => {
    const item = table.trainings[id] ?? table.services[id];
    return !id ? t('summary.guidance') : item ? localizedName(item.title, lang) : id;
  };
  const place = (id: string) => {
    const m = table.municipalities[id];
    return m ? localizedName(m.name, lang) : id;
  };
  const header = [t('summary.topic'), t('mail.municipality'), t('mail.source'), t('mail.campaign'), t('summary.count')];
  const rows = sortedRows(counts.rows).map((r) => [
    topic(r.training),
    place(r.municipality),
    r.source || none,
    r.campaign || none,
    String(r.count),
  ]);
  const totalCount = counts.rows.reduce((sum, r) => sum + r.count, 0);
  const total = [t('summary.total'), '', '', '', String(totalCount)];
  const month = monthName(counts.month, lang);
  const name = localizedName(institution.name, lang);
  const title = t('summary.title', { month, institution: name });
  const paragraphs = [t('summary.intro', { total: totalCount }), t('summary.attachment'), t('summary.privacy')];
  const subject = headerSafe(t('summary.subject', { month }));
  const to = env.overrideEmail ?? [...new Set(institution.intake.map((c) => c.email))].join(', ');
  return {
    from: env.mailFrom,
    to,
    subject,
    text: `${title}\n\n${paragraphs.join('\n')}\n\n${textTable(header, [...rows, total])}\n\n${t('summary.footer')}\n`,
    html:
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body>` +
      `<h1>${escapeHtml(title)}</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}` +
      `${htmlTable(title, header, rows, total)}<p>${escapeHtml(t('summary.footer'))}</p></body></html>`,
    messageId: `<summary.${counts.institution}.${counts.month}@polku>`,
    headers: { 'X-Polku-Summary': `${counts.institution} ${counts.month}` },
    language: lang,
    attachments: [
      {
        filename: `polku-${counts.institution}-${counts.month}.csv`,
        content: toCsv(csvHeader, countsCsvRows(counts)),
        contentType: 'text/csv; charset=utf-8',
      },
    ],
  };
}

export interface SummaryDeps {
  table: RoutingTable;
  config: Pick<InterestConfig, 'mailFrom' | 'overrideEmail'>;
  counts: CountsStore;
  transport: Transport;
  log?: Log;
}

export interface SummaryResult {
  month: string;
  sent: string[];
  /** Already sent (or being sent) by an earlier run. */
  skipped: string[];
  empty: string[];
  failed: string[];
}

/** A claim whose run died before it sent or gave up is taken over after this long. */
export const staleClaimMs = 3_600_000;

type Markers = ReturnType<typeof getStore>;

/** True when this run may send: it created the marker, or took over a stale unsent one. */
async function claim(markers: Markers, key: string, now: Date): Promise<boolean> {
  const mark = { claimedAt: now.toISOString() };
  if ((await markers.setJSON(key, mark, { onlyIfNew: true })).modified) return true;
  const found = await markers.getWithMetadata(key, { type: 'json' });
  const earlier = found?.data as { claimedAt?: string; sentAt?: string } | undefined;
  if (!found?.etag || !earlier || earlier.sentAt) return false;
  if (now.getTime() - Date.parse(earlier.claimedAt ?? '') < staleClaimMs) return false;
  return (await markers.setJSON(key, mark, { onlyIfMatch: found.etag })).modified;
}

/** Sends the summaries of the month before `now`; each institution on its own. */
export async function sendMonthlySummaries(deps: SummaryDeps, now = new Date()): Promise<SummaryResult> {
  const log = deps.log ?? console;
  const month = previousMonth(now);
  const markers = getStore({ name: summariesStoreName, consistency: 'strong' });
  const result: SummaryResult = { month, sent: [], skipped: [], empty: [], failed: [] };
  for (const id of Object.keys(deps.table.institutions).sort()) {
    const key = `${id}/${month}`;
    try {
      const counts = await deps.counts.read(id, month);
      if (counts.rows.length === 0) {
        result.empty.push(id);
        continue;
      }
      if (!(await claim(markers, key, now))) {
        result.skipped.push(id);
        continue;
      }
      try {
        await deps.transport.sendMail(summaryMail(counts, deps.table, deps.config), `summary-${id}-${month}`);
      } catch (error) {
        await markers.delete(key);
        throw error;
      }
      await markers.setJSON(key, { sentAt: new Date().toISOString() });
      result.sent.push(id);
    } catch (error) {
      result.failed.push(id);
      log.error(`interest summary ${key}: not sent (${errorCode(error)}); the next run tries again`);
    }
  }
  return result;
}
