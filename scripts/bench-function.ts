/**
 * The interest function under load, measured two ways, each next to an empty
 * function measured the same way in the same run (the ratio is the figure that
 * holds across machines):
 * - in process: the handler called at a fixed rate, as the platform calls it,
 *   with the outbox transport and a local Blobs server; versus a handler that
 *   answers 202 at once;
 * - through the local server: autocannon on 127.0.0.1 at a fixed rate against
 *   the built site's server in its own process; versus the same server with an
 *   empty function at the same address.
 * Prints p50/p99, accepted, delivered (outbox files) and counted (the
 * institution's counts for the month, read back afterwards). Asserts nothing.
 *
 *   npm run bench:function [-- --rate 200 --seconds 10 --connections 20]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { parseConfig } from '../src/lib/interest/config.ts';
import { blobsCounts, monthOf } from '../src/lib/interest/counts.ts';
import { createInterestHandler } from '../src/lib/interest/handler.ts';
import type { RoutingTable } from '../src/lib/interest/routing.ts';
import { blobsStore } from '../src/lib/interest/store.ts';
import { startLocalBlobs } from './local-blobs.ts';

export interface FunctionFigures {
  rate: number;
  seconds: number;
  requests: number;
  accepted: number;
  rejected: number;
  errors: number;
  delivered: number;
  /** The month's count at the institution the sample goes to, read after the run. */
  counted: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  throughput: number;
}

/** A general expression of interest for a municipality, as the form sends it (JSON). */
export function sampleSubmission(i = 0): Record<string, unknown> {
  return {
    name: 'Testi Henkilö',
    email: `kuormitus${i}@example.invalid`,
    phone: '040 123 4567',
    municipality: 'porvoo',
    training: '',
    contactLanguage: 'fi',
    message: 'Kuormitustesti',
    consent: true,
    sendCopy: false,
    locale: 'fi',
    source: 'bench',
    fillMs: 9000,
  };
}

async function startServer(
  outboxDir: string,
  blobsDir: string,
  empty = false,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['scripts/bench-server.ts', outboxDir, blobsDir, ...(empty ? ['empty'] : [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) ok((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => fail(new Error(`server exited (${code})`)));
  });
  return { url, child };
}

/** Where the sample submission goes: Porvoo's guidance institution. */
const sampleInstitution = () =>
  (JSON.parse(readFileSync('src/generated/routing.json', 'utf8')) as RoutingTable).municipalities['porvoo']!.guidance;

/** The sample institution's count this month, from the Blobs server this process has set up. */
async function countedNow(): Promise<number> {
  const counts = await blobsCounts().read(sampleInstitution(), monthOf(new Date()));
  return counts.rows.reduce((sum, row) => sum + row.count, 0);
}

const countOutbox = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.eml')).length : 0);

export async function benchFunction(opts: {
  rate: number;
  seconds: number;
  connections: number;
  empty?: boolean;
}): Promise<FunctionFigures> {
  const work = mkdtempSync(join(tmpdir(), 'polku-bench-fn-'));
  const outbox = join(work, 'outbox');
  const { url, child } = await startServer(outbox, join(work, 'blobs'), opts.empty);
  let stopped = false;
  try {
    const endpoint = `${url}/api/interest`;
    const headers = { 'content-type': 'application/json', accept: 'application/json' };
    const probe = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify(sampleSubmission()) });
    if (!probe.ok)
      throw new Error(
        `the function refused the sample submission: ${probe.status} ${(await probe.text()).slice(0, 200)}`,
      );
    await probe.arrayBuffer().catch(() => undefined);
    const probes = 1;

    let accepted = 0;
    let rejected = 0;
    let n = 0;
    const result = await autocannon({
      url: endpoint,
      method: 'POST',
      headers,
      connections: opts.connections,
      overallRate: opts.rate,
      // A fixed number of requests (not a duration), so every one is answered and counted.
      amount: opts.rate * opts.seconds,
      timeout: 30,
      requests: [{ setupRequest: (req) => ({ ...req, body: JSON.stringify(sampleSubmission(++n)) }) }],
    });
    // 2xx responses are accepted submissions; autocannon counts them.
    accepted = result['2xx'];
    rejected = result.non2xx;

    // Deliveries finish after the answer: wait until the outbox stops growing (bounded).
    let delivered = opts.empty ? 0 : countOutbox(outbox) - probes;
    for (let i = 0; i < 40 && !opts.empty && delivered < accepted; i++) {
      await new Promise((r) => setTimeout(r, 250));
      delivered = countOutbox(outbox) - probes;
    }
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    stopped = true;
    // Read back from the store the server used, with its own local Blobs server.
    let counted = 0;
    if (!opts.empty) {
      const blobs = await startLocalBlobs(join(work, 'blobs'));
      try {
        counted = (await countedNow()) - probes;
      } finally {
        await blobs.stop();
      }
    }
    return {
      rate: opts.rate,
      seconds: opts.seconds,
      requests: result.requests.total,
      accepted,
      rejected,
      errors: result.errors + result.timeouts,
      delivered,
      counted,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      throughput: result.requests.average,
    };
  } finally {
    if (!stopped) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(work, { recursive: true, force: true });
  }
}

/** The handler in this process at a fixed rate; `empty` measures a handler that answers at once. */
export async function benchInProcess(opts: {
  rate: number;
  seconds: number;
  empty?: boolean;
}): Promise<FunctionFigures> {
  const work = mkdtempSync(join(tmpdir(), 'polku-bench-inproc-'));
  const outbox = join(work, 'outbox');
  const blobs = await startLocalBlobs(join(work, 'blobs'));
  try {
    const table = JSON.parse(readFileSync('src/generated/routing.json', 'utf8')) as RoutingTable;
    const config = parseConfig({ OUTBOX_DIR: outbox, POLKU_RATE_LIMIT: '1000000' });
    const handle = opts.empty
      ? async () => new Response('{}', { status: 202 })
      : createInterestHandler({
          table,
          config,
          store: blobsStore,
          counts: blobsCounts,
          log: { error() {}, warn() {}, info() {} },
        });
    const background: Array<Promise<unknown>> = [];
    const total = opts.rate * opts.seconds;
    const latencies: number[] = [];
    let accepted = 0;
    let rejected = 0;
    const started = performance.now();
    const calls: Array<Promise<void>> = [];
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / opts.rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      calls.push(
        (async () => {
          const t0 = performance.now();
          const request = new Request('http://127.0.0.1/api/interest', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(sampleSubmission(i)),
          });
          const answer = await handle(request, { ip: '127.0.0.1', waitUntil: (p) => background.push(p) });
          latencies.push(performance.now() - t0);
          if (answer instanceof Response && answer.status === 202) accepted++;
          else rejected++;
        })(),
      );
    }
    await Promise.all(calls);
    const elapsed = (performance.now() - started) / 1000;
    await Promise.all(background);
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!);
    return {
      rate: opts.rate,
      seconds: opts.seconds,
      requests: total,
      accepted,
      rejected,
      errors: 0,
      delivered: opts.empty ? 0 : countOutbox(outbox),
      counted: opts.empty ? 0 : await countedNow(),
      p50: at(0.5),
      p90: at(0.9),
      p99: at(0.99),
      max: Math.round(latencies.at(-1) ?? 0),
      throughput: total / elapsed,
    };
  } finally {
    await blobs.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a');

export function printFunction(real: FunctionFigures, empty: FunctionFigures, where: string): void {
  console.log(`\nInterest function, ${where}: ${real.rate} requests/s for ${real.seconds} s (JSON, outbox transport)`);
  console.log('                        p50      p99    accepted  delivered    counted   achieved');
  const row = (name: string, f: FunctionFigures, delivered: string, counted: string) =>
    console.log(
      `  ${name.padEnd(20)}${`${f.p50} ms`.padStart(7)}${`${f.p99} ms`.padStart(9)}${String(f.accepted).padStart(11)}${delivered.padStart(11)}${counted.padStart(11)}${`${f.throughput.toFixed(0)}/s`.padStart(11)}`,
    );
  row('the function', real, String(real.delivered), String(real.counted));
  row('an empty function', empty, '—', '—');
  console.log(
    `  ratio                 ${ratio(real.p50, empty.p50).padStart(6)}${ratio(real.p99, empty.p99).padStart(9)}`,
  );
  console.log(
    `  ${real.delivered === real.accepted ? 'every accepted submission delivered' : `${real.accepted - real.delivered} accepted but not delivered`}; ` +
      `${real.counted === real.accepted ? 'every one counted' : `${real.accepted - real.counted} not counted`}; ${real.rejected} refused, ${real.errors} connection errors`,
  );
}

/** Both measurements, each after its empty baseline, so both meet the same machine. */
export async function benchAndPrintFunction(opts: { rate: number; seconds: number; connections: number }) {
  const inEmpty = await benchInProcess({ ...opts, empty: true });
  const inReal = await benchInProcess(opts);
  printFunction(inReal, inEmpty, 'in process');
  const srvEmpty = await benchFunction({ ...opts, empty: true });
  const srvReal = await benchFunction(opts);
  printFunction(srvReal, srvEmpty, 'through the local server');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '20' },
    },
  });
  await benchAndPrintFunction({
    rate: Math.min(Number(values.rate), 2000),
    seconds: Math.min(Number(values.seconds), 60),
    connections: Math.min(Number(values.connections), 100),
  });
}
