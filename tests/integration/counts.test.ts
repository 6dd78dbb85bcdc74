/**
 * Counts of accepted submissions and the monthly summary, with real peers:
 * Netlify's local Blobs server (conditional writes), a real SMTP server, and
 * the CSV endpoint through the local server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getStore } from '@netlify/blobs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type LocalBlobs, startLocalBlobs } from '../../scripts/local-blobs.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';
import { parseConfig } from '../../src/lib/interest/config.ts';
import { blobsCounts, countsStoreName, monthOf } from '../../src/lib/interest/counts.ts';
import { type Log, processQueue } from '../../src/lib/interest/deliver.ts';
import { createInterestHandler } from '../../src/lib/interest/handler.ts';
import { buildRoutingTable, type RoutingTable } from '../../src/lib/interest/routing.ts';
import { blobsStore } from '../../src/lib/interest/store.ts';
import { sendMonthlySummaries, summariesStoreName } from '../../src/lib/interest/summary.ts';
import { createTransport } from '../../src/lib/interest/transports.ts';
import { mimeParts, partOfType } from '../support/mime.ts';
import { type Mail, startSmtp, stopSmtp, type TestSmtp } from '../support/smtp.ts';

/** The fixture table, with Prakticum (Swedish-speaking staff) as Porvoo's guidance institution. */
const table: RoutingTable = structuredClone(buildRoutingTable(loadContentDir('tests/fixtures/content')));
table.institutions['prakticum']!.staffLanguage = 'sv';
table.municipalities['porvoo']!.guidance = 'prakticum';

const quiet = { error() {}, warn() {}, info() {} };
const day = 86_400_000;
const person = (n: number, extra: Record<string, unknown> = {}) => ({
  name: `Testihenkilö Numero${n}`,
  phone: `040 555 ${String(1000 + n)}`,
  email: `henkilo${n}@esimerkki.example`,
  municipality: 'porvoo',
  contactLanguage: 'fi',
  consent: true,
  locale: 'fi',
  ...extra,
});

let work: string;
let blobs: LocalBlobs;
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'polku-counts-'));
  blobs = await startLocalBlobs(join(work, 'blobs'));
});
afterAll(async () => {
  await blobs.stop();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(async () => {
  for (const name of [countsStoreName, summariesStoreName]) {
    const store = getStore({ name, consistency: 'strong' });
    for (const { key } of (await store.list()).blobs) await store.delete(key);
  }
  const records = blobsStore();
  for (const ref of await records.references()) await records.remove(ref);
  await records.forgetKeys(new Date(Date.now() + 2 * day));
});

const config = () => parseConfig({ OUTBOX_DIR: join(work, 'outbox') });

/** Submits all at once; resolves when every answer and all the work after them (delivery, counting) ended. */
async function submitAll(bodies: unknown[], log: Log = quiet): Promise<string[]> {
  const handle = createInterestHandler({ table, config: config(), store: blobsStore, counts: blobsCounts, log });
  const after: Array<Promise<unknown>> = [];
  const answers = await Promise.all(
    bodies.map(async (body, i) => {
      const answer = await handle(
        new Request('http://localhost/api/interest', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': `counts-test-key-${Date.now()}-${i}` },
          body: JSON.stringify(body),
        }),
        // Forty people per address, inside the rate limit of one.
        { ip: `203.0.113.${Math.floor(i / 40)}`, waitUntil: (p) => after.push(p) },
      );
      if (!(answer instanceof Response)) throw new Error('the form page again');
      expect(answer.status).toBe(202);
      return ((await answer.json()) as { reference: string }).reference;
    }),
  );
  await Promise.all(after);
  return answers;
}

describe('counts', () => {
  it('20 submissions at once are counted exactly, and the counts outlive the records', async () => {
    const bodies = Array.from({ length: 20 }, (_, n) =>
      n < 12
        ? person(n, { training: 'testi', source: 'messut', campaign: 'kevat-2027' })
        : person(n, { source: n % 2 ? 'lehti' : '' }),
    );
    const references = await submitAll(bodies);
    expect(new Set(references).size).toBe(20);

    const month = monthOf(new Date());
    const careeria = await blobsCounts().read('careeria', month);
    expect(careeria.rows).toEqual([
      { source: 'messut', campaign: 'kevat-2027', training: 'testi', municipality: 'porvoo', count: 12 },
    ]);
    const prakticum = await blobsCounts().read('prakticum', month);
    expect(prakticum.rows.map((r) => [r.source, r.training, r.municipality, r.count]).sort()).toEqual([
      ['', '', 'porvoo', 4],
      ['lehti', '', 'porvoo', 4],
    ]);

    // Retention: every record delivered (to the outbox) and then deleted; the counts stay.
    const store = blobsStore();
    const now = new Date();
    await processQueue({ table, config: config(), store, log: quiet }, now);
    const later = new Date(now.getTime() + (config().retentionDays + 1) * day);
    const pass = await processQueue({ table, config: config(), store, log: quiet }, later);
    expect(pass.deleted.sort()).toEqual([...references].sort());
    expect(await store.references()).toEqual([]);
    expect((await blobsCounts().read('careeria', month)).rows[0]!.count).toBe(12);
    expect((await blobsCounts().read('prakticum', month)).rows.reduce((s, r) => s + r.count, 0)).toBe(8);
  });
});

const total = (rows: Array<{ count: number }>) => rows.reduce((sum, row) => sum + row.count, 0);

describe('counts under load', () => {
  it('a burst of 300 to one institution, read while it lands, is counted exactly with no count lost', async () => {
    const errors: string[] = [];
    const log = { ...quiet, error: (line: string) => errors.push(line) };
    const month = monthOf(new Date());
    const bodies = Array.from({ length: 300 }, (_, n) =>
      person(n, { training: 'testi', source: n % 3 ? 'instagram' : 'info-session:testi-ilta', campaign: '' }),
    );
    // Readers fold the month while the submissions are still being counted.
    const landing = submitAll(bodies, log);
    const readers = Array.from({ length: 5 }, async (_, i) => {
      await new Promise((ok) => setTimeout(ok, 50 * i));
      return blobsCounts().read('careeria', month);
    });
    const [references, during] = await Promise.all([landing, Promise.all(readers)]);
    expect(new Set(references).size).toBe(300);
    expect(errors.filter((line) => / not counted /.test(line))).toEqual([]);
    for (const read of during) expect(total(read.rows)).toBeLessThanOrEqual(300);

    const after = await blobsCounts().read('careeria', month);
    expect(after.rows.map((r) => [r.source, r.count]).sort()).toEqual([
      ['info-session:testi-ilta', 100],
      ['instagram', 200],
    ]);
  }, 60_000);

  it('reading folds the events into one total; counting a record again, or reading at once, never counts twice', async () => {
    const month = monthOf(new Date());
    await submitAll(Array.from({ length: 6 }, (_, n) => person(n, { training: 'testi', source: 'messut' })));
    const counts = getStore({ name: countsStoreName, consistency: 'strong' });
    const events = async () => (await counts.list({ prefix: `events/careeria/${month}/` })).blobs.length;
    expect(await events()).toBe(6);

    const concurrent = await Promise.all(Array.from({ length: 4 }, () => blobsCounts().read('careeria', month)));
    for (const read of concurrent) expect(total(read.rows)).toBe(6);
    expect(await events()).toBe(0);

    // The retry pass counts at every attempt: the same record again, after its event was folded away.
    const store = blobsStore();
    const [reference] = await store.references();
    const read = await store.read(reference!);
    if (read.state !== 'ok') throw new Error(`record ${reference} is ${read.state}`);
    await blobsCounts().count(read.record);
    expect(total((await blobsCounts().read('careeria', month)).rows)).toBe(6);

    await submitAll([person(7, { training: 'testi', source: 'messut' })]);
    expect((await blobsCounts().read('careeria', month)).rows).toEqual([
      { source: 'messut', campaign: '', training: 'testi', municipality: 'porvoo', count: 7 },
    ]);
  });
});

describe('monthly summary', () => {
  const mails: Mail[] = [];
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startSmtp(mails);
  });
  afterAll(() => stopSmtp(smtp));

  it('arrives once per institution, in the staff language, with the counts as a table and CSV, and no personal data', async () => {
    const bodies = [
      ...Array.from({ length: 3 }, (_, n) =>
        person(n, { training: 'testi', source: 'messut', campaign: 'kevat-2027' }),
      ),
      person(3, { training: 'testi', source: '=HYPERLINK("http://x")', campaign: 'kevät, "iso"' }),
      ...Array.from({ length: 2 }, (_, n) => person(10 + n, { source: 'lehti', locale: 'sv', contactLanguage: 'sv' })),
    ];
    await submitAll(bodies);
    const settings = parseConfig({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}` });
    const nextMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + 1, 1, 6));
    const month = monthOf(new Date());
    const deps = { table, config: settings, counts: blobsCounts(), transport: createTransport(settings), log: quiet };

    const first = await sendMonthlySummaries(deps, nextMonth);
    expect(first.month).toBe(month);
    expect(first.sent).toEqual(['careeria', 'prakticum']);
    expect(first.failed).toEqual([]);
    expect(mails).toHaveLength(2);

    const byRecipient = (address: string) => mails.find((m) => m.to.includes(address))!;
    const fi = mimeParts(byRecipient('kiinnostus.porvoo@careeria.example').raw);
    expect(byRecipient('kiinnostus.porvoo@careeria.example').to.sort()).toEqual([
      'kiinnostus.porvoo@careeria.example',
      'kiinnostus.vantaa@careeria.example',
    ]);
    const fiText = partOfType(fi, 'text/plain')!.body.replace(/\r\n/g, '\n');
    expect(fiText).toContain('Kuukauden yhteenveto');
    expect(fiText).toContain('Yhteensä');
    expect(fiText).toMatch(/Testikoulutus\s+Porvoo\s+messut\s+kevat-2027\s+3\n/);
    expect(fiText).toMatch(/Yhteensä\s+4\n/);
    const fiHtml = partOfType(fi, 'text/html')!.body;
    expect(fiHtml).toContain('<html lang="fi">');
    expect(fiHtml).toContain('<td>=HYPERLINK(&quot;http://x&quot;)</td>');
    const fiCsv = partOfType(fi, 'text/csv')!;
    expect(fiCsv.headers).toMatch(/filename="?polku-careeria-\d{4}-\d{2}\.csv/);
    expect(fiCsv.body.split('\r\n')).toEqual([
      'month,institution,training,municipality,source,campaign,count',
      `${month},careeria,testi,porvoo,messut,kevat-2027,3`,
      `${month},careeria,testi,porvoo,"'=HYPERLINK(""http://x"")","kevät, ""iso""",1`,
      '',
    ]);

    const sv = mimeParts(byRecipient('intresse@prakticum.example').raw);
    const svText = partOfType(sv, 'text/plain')!.body.replace(/\r\n/g, '\n');
    expect(svText).toContain('Månadssammanfattning');
    expect(svText).toMatch(/Begäran om vägledning\s+Borgå\s+lehti\s+–\s+2\n/);
    expect(svText).toMatch(/Totalt\s+2\n/);
    expect(partOfType(sv, 'text/html')!.body).toContain('<html lang="sv">');
    expect(byRecipient('intresse@prakticum.example').raw).toMatch(/^Content-Language: sv/im);

    for (const mail of mails) {
      const shown = mimeParts(mail.raw)
        .map((p) => p.body)
        .join('\n');
      for (const body of bodies) {
        expect(shown).not.toContain(body.name);
        expect(shown).not.toContain(body.phone);
        expect(shown).not.toContain(body.email);
      }
    }

    const second = await sendMonthlySummaries(deps, nextMonth);
    expect(second.sent).toEqual([]);
    expect(second.skipped).toEqual(['careeria', 'prakticum']);
    expect(mails).toHaveLength(2);
  });
});

describe('GET /api/interest-counts through the local server', () => {
  const base = inject('baseUrl');
  const token = inject('countsToken');
  const url = (query: string) => `${base}/api/interest-counts?${query}`;
  const month = monthOf(new Date());

  it('answers 401 without the right token, 400 for bad parameters, and the CSV with it', async () => {
    // Other test files post to the same server: this run's rows carry their own campaign.
    const run = `run-${Date.now().toString(36)}`;
    const bodies = [
      person(1, { municipality: 'vantaa', source: '@sum', campaign: run }),
      person(2, { municipality: 'vantaa', source: '@sum', campaign: run }),
      person(3, { municipality: 'kerava', source: '', campaign: `${run}-b` }),
    ];
    const mine = (csv: string) => csv.split('\r\n').filter((line, i) => i === 0 || line.includes(run));
    for (const body of bodies) {
      const answer = await fetch(`${base}/api/interest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(answer.status).toBe(202);
    }
    const auth = { authorization: `Bearer ${token}` };

    expect((await fetch(url(`institution=keuda&month=${month}`))).status).toBe(401);
    const wrong = await fetch(url(`institution=keuda&month=${month}`), {
      headers: { authorization: `Bearer ${token}x` },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
    // Keuda's token opens Keuda's counts only (no token is set for Careeria).
    expect((await fetch(url(`institution=careeria&month=${month}`), { headers: auth })).status).toBe(401);
    for (const query of [
      'institution=keuda',
      `month=${month}`,
      'institution=keuda&month=2027-13',
      `institution=nobody&month=${month}`,
      `institution=keuda&institution=keuda&month=${month}`,
    ])
      expect((await fetch(url(query), { headers: auth })).status, query).toBe(400);

    // Counting runs after the answer: wait until all three are in.
    let csv = '';
    for (let i = 0; i < 100 && mine(csv).length < 3; i++) {
      const response = await fetch(url(`institution=keuda&month=${month}`), { headers: auth });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="polku-keuda-${month}.csv"`);
      csv = await response.text();
      await new Promise((ok) => setTimeout(ok, 100));
    }
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(mine(csv)).toEqual([
      'month,institution,training,municipality,source,campaign,count',
      `${month},keuda,,vantaa,'@sum,${run},2`,
      `${month},keuda,,kerava,,${run}-b,1`,
    ]);
  });
});
