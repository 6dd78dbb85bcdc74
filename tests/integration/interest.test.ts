/**
 * The interest handler with real peers: a real SMTP server, a real HTTP
 * webhook receiver and Netlify's own local Blobs server.
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalBlobs, startLocalBlobs } from '../../scripts/local-blobs.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/lib/content-files.ts';
import { parseConfig } from '../../src/lib/interest/config.ts';
import { processQueue } from '../../src/lib/interest/deliver.ts';
import { createInterestHandler, type FormAnswer } from '../../src/lib/interest/handler.ts';
import { createRateLimiter } from '../../src/lib/interest/rate-limit.ts';
import { buildRoutingTable, resolveDestination } from '../../src/lib/interest/routing.ts';
import { blobsStore } from '../../src/lib/interest/store.ts';
import { Webhook } from 'standardwebhooks';
import { useTranslations } from '../../src/i18n/ui.ts';
import { type Mail, startSmtp, stopSmtp, type TestSmtp } from '../support/smtp.ts';

const header = (raw: string, name: string) =>
  new RegExp(`^${name}: (.*(?:\\r\\n[ \\t].*)*)`, 'im').exec(raw.slice(0, raw.indexOf('\r\n\r\n')))?.[1];
const decodedText = (raw: string) =>
  raw
    .replace(/=\r\n/g, '')
    .replace(/(=[0-9A-F]{2})+/g, (m) => Buffer.from(m.replace(/=/g, ''), 'hex').toString('utf8'));

const baseTable = buildRoutingTable(loadContentDir('tests/fixtures/content'));
const guidanceOnly = {
  name: 'Anna Andersson',
  phone: '040 123 4567',
  municipality: 'porvoo',
  contactLanguage: 'sv',
  consent: true,
  locale: 'sv',
};
/** The same submission as a browser without JavaScript posts it. */
const guidanceForm = { ...guidanceOnly, consent: 'on' };

let work: string;
let blobs: LocalBlobs;
let smtp: TestSmtp;
const mails: Mail[] = [];
let hooks: Server;
const hooked: Array<{ headers: Record<string, string | string[] | undefined>; body: string }> = [];
let hookUrl: string;
const env: Record<string, string | undefined> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'polku-interest-'));
  blobs = await startLocalBlobs(join(work, 'blobs'));
  smtp = await startSmtp(mails);
  hooks = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      hooked.push({ headers: req.headers, body });
      res.writeHead(204).end();
    });
  });
  hooks.listen(0, '127.0.0.1');
  await once(hooks, 'listening');
  hookUrl = `http://127.0.0.1:${(hooks.address() as AddressInfo).port}/polku`;
});

afterAll(async () => {
  await stopSmtp(smtp);
  hooks.close();
  await blobs.stop();
  rmSync(work, { recursive: true, force: true });
});

beforeEach(async () => {
  for (const key of Object.keys(env)) delete env[key];
  env['SMTP_URL'] = `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`;
  env['MAIL_FROM'] = 'Polku <ei-vastausta@polku.example>';
  mails.length = 0;
  hooked.length = 0;
  const store = blobsStore();
  for (const ref of await store.references()) await store.remove(ref);
  await store.forgetKeys(new Date(Date.now() + 86_400_000));
});

const quiet = { error() {}, warn() {}, info() {} };
/** Work the handler hands to waitUntil, as Netlify keeps it running after the answer. */
const background: Array<Promise<unknown>> = [];
const settle = async () => {
  while (background.length) await Promise.all(background.splice(0));
};

/** A JSON client's answer is always a Response. */
const asResponse = (answer: Response | FormAnswer): Response => {
  if (!(answer instanceof Response)) throw new Error(`expected a Response, got the form again (${answer.status})`);
  return answer;
};

function handler(table = baseTable, limit = 1000) {
  const handle = createInterestHandler({
    table,
    config: parseConfig(env),
    store: blobsStore,
    limiter: createRateLimiter(limit),
    log: quiet,
  });
  /** Answers like the function, then lets the delivery it started finish, as the tests count messages. */
  return async (req: Request, context: { ip?: string } = {}) => {
    const answer = await handle(req, { ip: '198.51.100.7', ...context, waitUntil: (p) => background.push(p) });
    await settle();
    return answer;
  };
}
/** The handler for clients whose answer is always a Response (JSON, or a form post that succeeds). */
const respond =
  (table = baseTable, limit = 1000) =>
  async (req: Request, context: { ip?: string } = {}) =>
    asResponse(await handler(table, limit)(req, context));
const queueDeps = (table = baseTable) => ({ table, config: parseConfig(env), store: blobsStore(), log: quiet });
const stored = async (reference: string) => {
  const read = await blobsStore().read(reference);
  return read.state === 'ok' ? read.record : undefined;
};

const postJson = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/interest', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/interest', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

describe('delivery by e-mail through a real SMTP server', () => {
  it("sends a training interest to the institution's intake in the staff language, Reply-To the person", async () => {
    const response = await respond()(
      postJson({
        ...guidanceOnly,
        email: 'anna@example.fi',
        training: 'testi',
        message: 'Jag <3 lager',
        source: 'instagram',
        campaign: 'var',
      }),
    );
    expect(response.status).toBe(202);
    const body = (await response.json()) as { reference: string; institution: { id: string; name: string } };
    expect(body.reference).toMatch(/^[A-Z0-9]{8}$/);
    expect(body.institution).toEqual({ id: 'careeria', name: 'Careeria' });
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.to).toEqual(['kiinnostus.porvoo@careeria.example']);
    expect(header(mail.raw, 'Reply-To')).toBe('Anna Andersson <anna@example.fi>');
    expect(header(mail.raw, 'Content-Language')).toBe('fi');
    expect(header(mail.raw, 'Subject')).toContain(body.reference);
    const text = decodedText(mail.raw);
    expect(text).toContain('Kunta: Porvoo');
    expect(text).toContain('Koulutus: Testikoulutus');
    expect(text).toContain('Yhteydenottokieli: ruotsi');
    expect(text).toContain('Lähde: instagram');
    expect(text).toContain('Jag &lt;3 lager');
    const record = await stored(body.reference);
    expect(record).toMatchObject({ status: 'delivered', reference: body.reference });
  });

  it('sends the person a confirmation without their answers when they ask for one', async () => {
    const response = await respond()(
      postJson({ ...guidanceOnly, email: 'anna@example.fi', sendCopy: true, message: 'hemligt' }),
    );
    const { reference } = (await response.json()) as { reference: string };
    expect(mails.map((m) => m.to[0])).toEqual(['kiinnostus.porvoo@careeria.example', 'anna@example.fi']);
    const copy = decodedText(mails[1]!.raw);
    expect(copy).toContain(reference);
    expect(copy).toContain('Careeria');
    expect(copy).not.toContain('hemligt');
    expect(copy).not.toContain('040 123 4567');
  });

  it('redirects every message to DELIVERY_OVERRIDE_EMAIL for staging', async () => {
    env['DELIVERY_OVERRIDE_EMAIL'] = 'staging@polku.example';
    await respond()(postJson({ ...guidanceOnly, email: 'anna@example.fi', sendCopy: true }));
    expect(mails.flatMap((m) => m.to)).toEqual(['staging@polku.example', 'staging@polku.example']);
  });

  it('answers a form post with 303 to the Swedish confirmation page, the reference in the address and nothing personal', async () => {
    const response = await respond()(postForm(guidanceForm));
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location).toMatch(/^\/sv\/intresse\/tack\/\?viite=[A-Z0-9]{8}&oppilaitos=careeria$/);
    expect(location).not.toMatch(/Anna|040/);
    expect(mails).toHaveLength(1);
  });
});

describe('delivery by webhook', () => {
  it('posts the JSON record signed by the Standard Webhooks specification, its id the reference', async () => {
    const table = structuredClone(baseTable);
    const to = resolveDestination(table, { municipality: 'porvoo' })!;
    const channel = table.institutions[to.institution]!.intake.find((c) => c.municipalities.includes('porvoo'))!;
    channel.webhook = hookUrl;
    const secret = `whsec_${Buffer.from('hook-secret-for-tests-0123456789').toString('base64')}`;
    env[`WEBHOOK_SECRET_${to.institution.toUpperCase()}`] = secret;
    const response = await respond(table)(postJson({ ...guidanceOnly, email: 'anna@example.fi' }));
    expect(response.status).toBe(202);
    const { reference } = (await response.json()) as { reference: string };
    expect(hooked).toHaveLength(1);
    expect(mails).toHaveLength(0);
    const { headers, body } = hooked[0]!;
    const signed = {
      'webhook-id': String(headers['webhook-id']),
      'webhook-timestamp': String(headers['webhook-timestamp']),
      'webhook-signature': String(headers['webhook-signature']),
    };
    expect(signed['webhook-id']).toBe(reference);
    expect(signed['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, signed)).toMatchObject({ reference });
    const other = `whsec_${Buffer.from('another-secret-of-thirty-two-b').toString('base64')}`;
    expect(() => new Webhook(other).verify(body, signed)).toThrow();
    expect(JSON.parse(body)).toMatchObject({
      reference,
      institution: to.institution,
      name: 'Anna Andersson',
      municipality: 'porvoo',
      contactLanguage: 'sv',
    });
  });
});

describe('nothing lost', () => {
  it('answers success while SMTP is down, keeps the record pending, and the retry delivers it exactly once', async () => {
    const port = smtp.port;
    await stopSmtp(smtp);
    const response = await respond()(postJson({ ...guidanceOnly, email: 'anna@example.fi' }));
    expect(response.status).toBe(202);
    const { reference } = (await response.json()) as { reference: string };
    expect(await stored(reference)).toMatchObject({
      status: 'pending',
      delivery: { attempts: 1, lastError: expect.any(String) },
    });

    // Still down: a retry leaves it pending and pushes the next attempt later.
    const deps = queueDeps();
    const later = new Date(Date.now() + 6 * 60_000);
    expect((await processQueue(deps, later)).failed).toEqual([reference]);

    smtp = await startSmtp(mails, { port });
    expect((await processQueue(deps, new Date(Date.now() + 60 * 60_000))).delivered).toEqual([reference]);
    expect((await processQueue(deps, new Date(Date.now() + 120 * 60_000))).delivered).toEqual([]);
    expect(mails).toHaveLength(1);
    expect(header(mails[0]!.raw, 'Subject')).toContain(reference);
    expect(await stored(reference)).toMatchObject({ status: 'delivered' });
  });

  it('deletes delivered records after the retention period', async () => {
    env['INTEREST_RETENTION_DAYS'] = '30';
    const response = await respond()(postJson(guidanceOnly));
    const { reference } = (await response.json()) as { reference: string };
    const deps = queueDeps();
    expect((await processQueue(deps, new Date(Date.now() + 29 * 86_400_000))).deleted).toEqual([]);
    expect((await processQueue(deps, new Date(Date.now() + 31 * 86_400_000))).deleted).toEqual([reference]);
    expect(await stored(reference)).toBeUndefined();
  });
});

describe('bad input: the right status, a localized message, nothing stored or forwarded', () => {
  const big = { ...guidanceOnly, message: 'x'.repeat(17_000) };
  const cases: Array<[string, () => Request, number, string, 'fi' | 'sv']> = [
    [
      'text/plain',
      () =>
        new Request('http://localhost/api/interest', {
          method: 'POST',
          headers: { 'content-type': 'text/plain', 'accept-language': 'sv' },
          body: 'hej',
        }),
      415,
      'Skicka uppgifterna som formulär eller i JSON-format.',
      'sv',
    ],
    [
      'a body over 16 KB',
      () => postJson(big, { 'accept-language': 'fi' }),
      413,
      'Lähetys on liian suuri. Lyhennä viestiä ja yritä uudelleen.',
      'fi',
    ],
    [
      'GET',
      () => new Request('http://localhost/api/interest', { headers: { 'accept-language': 'sv-FI' } }),
      405,
      'Formulärets uppgifter skickas med en POST-begäran.',
      'sv',
    ],
    [
      'malformed JSON',
      () => postJson('{"name": "A', { 'accept-language': 'fi' }),
      400,
      'Lähetystä ei voitu lukea. Yritä uudelleen.',
      'fi',
    ],
    ['a missing name', () => postJson({ ...guidanceOnly, name: '' }), 422, 'Skriv ditt namn.', 'sv'],
    [
      'no phone or e-mail',
      () => postJson({ ...guidanceOnly, phone: '', locale: 'fi' }),
      422,
      'Anna puhelinnumero tai sähköpostiosoite, jotta sinuun voidaan ottaa yhteyttä.',
      'fi',
    ],
    [
      'an unknown training',
      () => postJson({ ...guidanceOnly, training: 'ei-ole' }),
      422,
      'Välj en utbildning i listan.',
      'sv',
    ],
    [
      'an unknown municipality',
      () => postJson({ ...guidanceOnly, municipality: 'atlantis', locale: 'fi' }),
      422,
      'Valitse kunta luettelosta.',
      'fi',
    ],
    [
      'no consent',
      () => postJson({ ...guidanceOnly, consent: false }),
      422,
      'Ge ditt samtycke till att uppgifterna förmedlas, så att läroanstalten kan kontakta dig.',
      'sv',
    ],
  ];

  it.each(cases)('%s', async (_name, request, status, message) => {
    const response = await respond()(request());
    expect(response.status).toBe(status);
    if (status === 405) expect(response.headers.get('allow')).toContain('POST');
    const body = (await response.json()) as { errors: Record<string, string> };
    expect(Object.values(body.errors)).toContain(message);
    expect(await blobsStore().references()).toEqual([]);
    expect(mails).toHaveLength(0);
  });

  it('429 with Retry-After and a localized message past the rate limit', async () => {
    const limited = handler(baseTable, 1);
    const handle = async (req: Request, context: { ip?: string }) => asResponse(await limited(req, context));
    expect((await handle(postJson(guidanceOnly), { ip: '192.0.2.1' })).status).toBe(202);
    mails.length = 0;
    const response = await handle(postJson({ ...guidanceOnly, name: 'Berit Andersson' }), { ip: '192.0.2.1' });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as { errors: Record<string, string> };
    const template = useTranslations('sv')('interest.error.rateLimited', { minutes: 10 });
    expect(body.errors['form']).toBe(template);
    expect((await handle(postJson({ ...guidanceOnly, name: 'Cecilia Andersson' }), { ip: '192.0.2.2' })).status).toBe(
      202,
    );
    expect(mails).toHaveLength(1);
  });

  it.each([
    ['a filled honeypot', { homepage: 'http://spam.example' }],
    ['a fill time the script recorded as too fast', { fillMs: 300 }],
  ])('%s gets a normal-looking answer and is never stored or forwarded', async (_name, extra) => {
    const response = await respond()(postJson({ ...guidanceOnly, ...extra }));
    expect(response.status).toBe(202);
    expect(((await response.json()) as { reference: string }).reference).toMatch(/^[A-Z0-9]{8}$/);
    expect(await blobsStore().references()).toEqual([]);
    expect(mails).toHaveLength(0);
  });

  it('a fast typist without a recorded fill time (no JavaScript) is not blocked', async () => {
    const response = await respond()(postForm({ ...guidanceForm, name: 'Anna' }));
    expect(response.status).toBe(303);
    expect(mails).toHaveLength(1);
  });

  it('a form post with errors is answered with the form again: status 422, the values kept, the errors in Swedish', async () => {
    const answer = await handler()(
      postForm({
        name: 'Anna <Andersson>',
        phone: '',
        email: 'anna@',
        municipality: 'porvoo',
        contactLanguage: 'sv',
        locale: 'sv',
      }),
    );
    // The page renders this with the form page's own components (tests/browser/interest.test.ts shows it).
    expect(answer).not.toBeInstanceOf(Response);
    const form = answer as FormAnswer;
    expect(form.status).toBe(422);
    expect(form.locale).toBe('sv');
    expect(form.values).toMatchObject({ name: 'Anna <Andersson>', email: 'anna@', municipality: 'porvoo' });
    expect(form.errors['email']).toBe('Skriv e-postadressen i formen namn@exempel.fi.');
    expect(await blobsStore().references()).toEqual([]);
    expect(mails).toHaveLength(0);
  });
});
