/**
 * Faults injected for real into the delivery path: mail servers that stall
 * or answer slowly, two retry passes at once, a slow first delivery racing a
 * pass, a corrupt stored record, double submissions, a webhook receiver that
 * fails, hangs and recovers, and (in delivery-kill.test.ts) a process killed
 * mid-burst. Every test counts: accepted = delivered, and no message twice
 * outside the documented window (the receiver took it, the sender died or
 * gave up before it could record that; the resend carries the same id).
 */
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getStore } from '@netlify/blobs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type LocalBlobs, startLocalBlobs } from '../../scripts/local-blobs.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';
import {
  type DeliveryTimeouts,
  deliveryTimeouts,
  type InterestConfig,
  parseConfig,
} from '../../src/lib/interest/config.ts';
import { processQueue } from '../../src/lib/interest/deliver.ts';
import { createInterestHandler, type FormAnswer } from '../../src/lib/interest/handler.ts';
import { buildRoutingTable, resolveDestination } from '../../src/lib/interest/routing.ts';
import { blobsStore, storeNames } from '../../src/lib/interest/store.ts';
import { messageIds, type Mail, startSmtp, stopSmtp } from '../support/smtp.ts';

const table = buildRoutingTable(loadContentDir('tests/fixtures/content'));
const quiet = { error() {}, warn() {}, info() {} };
const person = (n: number) => ({
  name: `Henkilö ${n}`,
  phone: `040 000 ${String(1000 + n)}`,
  municipality: 'porvoo',
  contactLanguage: 'fi',
  consent: true,
  locale: 'fi',
});
/** Timeouts short enough for a test, in the same proportions as production. */
const fast: DeliveryTimeouts = {
  ...deliveryTimeouts,
  smtpConnection: 500,
  smtpGreeting: 500,
  smtpSocket: 800,
  webhook: 600,
};
const hour = 3_600_000;

let work: string;
let blobs: LocalBlobs;
const mails: Mail[] = [];
const background: Array<Promise<unknown>> = [];
const settle = async () => {
  while (background.length) await Promise.all(background.splice(0));
};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'polku-faults-'));
  blobs = await startLocalBlobs(join(work, 'blobs'));
});
afterAll(async () => {
  await blobs.stop();
  rmSync(work, { recursive: true, force: true });
});
beforeEach(async () => {
  mails.length = 0;
  const store = blobsStore();
  for (const ref of await store.references()) await store.remove(ref);
  await store.forgetKeys(new Date(Date.now() + 48 * hour));
});
afterEach(settle);

function configFor(env: Record<string, string>): InterestConfig {
  return { ...parseConfig(env), timeouts: fast };
}
function handlerFor(config: InterestConfig) {
  return createInterestHandler({ table, config, store: blobsStore, log: quiet });
}
const post = (body: unknown, headers: Record<string, string> = {}) =>
  new Request('http://localhost/api/interest', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
/** A JSON client's answer is a Response, never the form page. */
const json = (answer: Response | FormAnswer): Response => {
  if (!(answer instanceof Response)) throw new Error(`the form page again (${answer.status})`);
  return answer;
};
/** Submits and returns the reference without waiting for the delivery the handler started. */
async function submit(config: InterestConfig, body: unknown, headers: Record<string, string> = {}) {
  let delivered = false;
  const response = json(
    await handlerFor(config)(post(body, headers), {
      ip: '203.0.113.9',
      waitUntil: (p) => background.push(p.finally(() => (delivered = true))),
    }),
  );
  expect(response.status).toBe(202);
  const { reference } = (await response.json()) as { reference: string };
  return { reference, deliveredBeforeAnswer: delivered, delivered: () => delivered };
}
const queue = (config: InterestConfig, owner?: string) => ({
  table,
  config,
  store: blobsStore(),
  log: quiet,
  ...(owner ? { owner } : {}),
});
const record = async (reference: string) => {
  const read = await blobsStore().read(reference);
  return read.state === 'ok' ? read.record : undefined;
};

describe('a mail server that stalls', () => {
  let silent: TcpServer;
  const sockets = new Set<Socket>();
  beforeAll(async () => {
    // Accepts the connection and never says a word: no 220 greeting.
    silent = createTcpServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    silent.listen(0, '127.0.0.1');
    await once(silent, 'listening');
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((ok) => silent.close(ok));
  });

  it('before its greeting: the person has the answer while the attempt is still waiting; it fails by timeout and stays queued', async () => {
    const port = (silent.address() as AddressInfo).port;
    const config = configFor({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const sent = await submit(config, person(1));
    const { reference } = sent;
    expect(sent.deliveredBeforeAnswer).toBe(false);
    // The attempt is connected and waiting for a greeting that never comes, after the person was answered.
    while (sockets.size === 0) await new Promise((ok) => setTimeout(ok, 20));
    expect(sent.delivered()).toBe(false);
    await settle();
    expect(await record(reference)).toMatchObject({
      status: 'pending',
      delivery: { attempts: 1, lastError: expect.stringMatching(/TIMEOUT|ETIMEDOUT/) },
    });
  });
});

describe('a mail server that answers slowly', () => {
  it('after the message (past the socket timeout): the attempt gives up, the next pass resends with the same Message-ID', async () => {
    const smtp = await startSmtp(mails, { delayAfterDataMs: 1_500 });
    const config = configFor({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true` });
    const { reference } = await submit(config, person(2));
    await settle();
    const first = await record(reference);
    expect(first?.status).toBe('pending');
    // The server took the message after the sender gave up: the documented window.
    await new Promise((ok) => setTimeout(ok, 900));
    smtp.delayAfterDataMs = 0;
    const result = await processQueue(queue(config), new Date(Date.now() + hour));
    expect(result.delivered).toEqual([reference]);
    const ids = messageIds(mails);
    expect(new Set(ids)).toEqual(new Set([`<${reference}.institution@polku>`]));
    expect(ids.length).toBeLessThanOrEqual(2);
    await stopSmtp(smtp);
  });

  it('within the timeout: delivered once, after the person already had the answer', async () => {
    const smtp = await startSmtp(mails, { delayAfterDataMs: 300 });
    const config = configFor({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true` });
    const { reference, deliveredBeforeAnswer } = await submit(config, person(3));
    expect(deliveredBeforeAnswer).toBe(false);
    await settle();
    expect(await record(reference)).toMatchObject({ status: 'delivered' });
    expect(messageIds(mails)).toEqual([`<${reference}.institution@polku>`]);
    await stopSmtp(smtp);
  });
});

describe('at most one sender per record', () => {
  it('two retry passes started at the same moment send each of 20 records once', async () => {
    const down = configFor({ SMTP_URL: 'smtp://127.0.0.1:9?ignoreTLS=true' });
    const references: string[] = [];
    for (let n = 0; n < 20; n++) references.push((await submit(down, person(100 + n))).reference);
    await settle();
    const smtp = await startSmtp(mails, { delayAfterDataMs: 40 });
    const up = configFor({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true` });
    const later = new Date(Date.now() + hour);
    const [a, b] = await Promise.all([
      processQueue(queue(up, 'pass-a'), later),
      processQueue(queue(up, 'pass-b'), later),
    ]);
    expect([...a.delivered, ...b.delivered].sort()).toEqual([...references].sort());
    // Both passes ran at once: each met records the other held (busy) or delivered its own share.
    console.info(`two passes: ${a.delivered.length} + ${b.delivered.length} delivered, ${a.busy + b.busy} found busy`);
    const ids = messageIds(mails);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    await stopSmtp(smtp);
  });

  it('a slow first delivery is not raced by a retry pass', async () => {
    const hooks: string[] = [];
    const receiver = createServer((req, res) => {
      hooks.push(String(req.headers['webhook-id']));
      req.resume();
      setTimeout(() => res.writeHead(204).end(), 400);
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    const routed = withWebhook(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`);
    const config = { ...configFor(routed.env), timeouts: { ...fast, webhook: 2_000 } };
    const handle = createInterestHandler({ table: routed.table, config, store: blobsStore, log: quiet });
    const response = json(await handle(post(person(4)), { waitUntil: (p) => background.push(p) }));
    const { reference } = (await response.json()) as { reference: string };
    // The pass runs while the first attempt is still waiting for the receiver, and even "an hour later".
    const pass = await processQueue({ ...queue(config), table: routed.table }, new Date(Date.now() + 60_000));
    expect(pass.busy).toBe(1);
    expect(pass.delivered).toEqual([]);
    await settle();
    expect(await record(reference)).toMatchObject({ status: 'delivered' });
    expect(hooks).toEqual([reference]);
    receiver.close();
  });
});

describe('one bad record never blocks the rest', () => {
  it('an empty and a garbled record are moved to quarantine by key, never sent; the others are delivered', async () => {
    const down = configFor({ SMTP_URL: 'smtp://127.0.0.1:9?ignoreTLS=true' });
    const good = [];
    for (let n = 0; n < 3; n++) good.push((await submit(down, person(200 + n))).reference);
    await settle();
    const raw = getStore({ name: storeNames.records, consistency: 'strong' });
    await raw.set('EMPTYREC', '');
    await raw.set('GARBLED1', '{"version":2,"reference":"GARBLED1","submission":');
    const errors: string[] = [];
    const smtp = await startSmtp(mails);
    const up = configFor({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true` });
    const log = { ...quiet, error: (m: string) => errors.push(m) };
    const first = await processQueue({ ...queue(up), log }, new Date(Date.now() + hour));
    expect(first.quarantined.sort()).toEqual(['EMPTYREC', 'GARBLED1']);
    expect(first.delivered.sort()).toEqual([...good].sort());
    expect(errors.filter((e) => e.includes('quarantine'))).toHaveLength(2);
    for (const line of errors) expect(line).not.toMatch(/Henkilö|040 000/);
    const second = await processQueue({ ...queue(up), log }, new Date(Date.now() + 2 * hour));
    expect(second.delivered).toEqual([]);
    expect(messageIds(mails)).toHaveLength(3);
    const quarantine = getStore({ name: storeNames.quarantine, consistency: 'strong' });
    expect((await quarantine.list()).blobs.map((b) => b.key).sort()).toEqual(['EMPTYREC', 'GARBLED1']);
    await stopSmtp(smtp);
  });
});

describe('a double submission is one submission', () => {
  it('the same key posted twice at once: one reference, one record, one delivery', async () => {
    const smtp = await startSmtp(mails);
    const config = configFor({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true` });
    const key = { 'Idempotency-Key': 'b3c1d8e2-0f4a-4d1e-9a77-5c2f3e4d5a6b' };
    const [a, b] = await Promise.all([submit(config, person(5), key), submit(config, person(5), key)]);
    await settle();
    expect(a.reference).toBe(b.reference);
    expect(await blobsStore().references()).toEqual([a.reference]);
    expect(messageIds(mails)).toEqual([`<${a.reference}.institution@polku>`]);
    await stopSmtp(smtp);
  });

  it('a form posted twice without JavaScript (no key): the same answers are the same submission', async () => {
    const smtp = await startSmtp(mails);
    const config = configFor({ SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true` });
    const handle = handlerFor(config);
    const form = new URLSearchParams({ ...person(6), consent: 'on' }).toString();
    const postForm = async () =>
      json(
        await handle(
          new Request('http://localhost/api/interest', {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: form,
          }),
          { waitUntil: (p) => background.push(p) },
        ),
      );
    const first = await postForm();
    const second = await postForm();
    await settle();
    expect(first.status).toBe(303);
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(messageIds(mails)).toHaveLength(1);
    await stopSmtp(smtp);
  });
});

describe('a webhook receiver that fails, hangs and recovers', () => {
  let receiver: Server;
  let mode: 'fail' | 'hang' | 'ok' = 'fail';
  const seen: Array<{ id: string; mode: string }> = [];
  beforeAll(async () => {
    receiver = createServer((req, res) => {
      seen.push({ id: String(req.headers['webhook-id']), mode });
      req.resume();
      if (mode === 'fail') res.writeHead(503).end();
      else if (mode === 'ok') res.writeHead(204).end();
      // 'hang': never answers.
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
  });
  afterAll(() => {
    receiver.closeAllConnections();
    receiver.close();
  });

  it('each attempt carries the same webhook-id; the record is delivered once the receiver answers', async () => {
    const routed = withWebhook(`http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`);
    const config = configFor(routed.env);
    const handle = createInterestHandler({ table: routed.table, config, store: blobsStore, log: quiet });
    const response = json(await handle(post(person(7)), { waitUntil: (p) => background.push(p) }));
    const { reference } = (await response.json()) as { reference: string };
    await settle();
    expect(await record(reference)).toMatchObject({ delivery: { lastError: 'webhook-answered-503' } });
    mode = 'hang';
    const deps = { ...queue(config), table: routed.table };
    expect((await processQueue(deps, new Date(Date.now() + hour))).failed).toEqual([reference]);
    expect((await record(reference))?.delivery.lastError).toBe('TIMEOUT');
    mode = 'ok';
    expect((await processQueue(deps, new Date(Date.now() + 3 * hour))).delivered).toEqual([reference]);
    expect((await processQueue(deps, new Date(Date.now() + 6 * hour))).delivered).toEqual([]);
    expect(seen.map((s) => s.mode)).toEqual(['fail', 'hang', 'ok']);
    expect(new Set(seen.map((s) => s.id))).toEqual(new Set([reference]));
  });
});

/** The fixture table with the Porvoo guidance intake sending to a webhook, and its secret. */
function withWebhook(url: string) {
  const routed = structuredClone(table);
  const to = resolveDestination(routed, { municipality: 'porvoo' })!;
  routed.institutions[to.institution]!.intake.find((c) => c.municipalities.includes('porvoo'))!.webhook = url;
  const secret = `whsec_${Buffer.from('fault-injection-secret-32-bytes!').toString('base64')}`;
  return { table: routed, env: { [`WEBHOOK_SECRET_${to.institution.toUpperCase()}`]: secret } };
}
