/**
 * The interest function under load: the built site's local server (in its
 * own process, outbox transport, local Blobs) receives JSON submissions from
 * autocannon at a fixed rate on 127.0.0.1 for a bounded number of requests (rate × seconds). Prints latency
 * percentiles and how many submissions were accepted and how many reached the
 * outbox. Asserts nothing.
 *
 *   npm run bench:function [-- --rate 200 --seconds 10 --connections 10]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

export interface FunctionFigures {
  rate: number;
  seconds: number;
  requests: number;
  accepted: number;
  rejected: number;
  errors: number;
  delivered: number;
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

async function startServer(outboxDir: string, blobsDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['scripts/bench-server.ts', outboxDir, blobsDir], {
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

const countOutbox = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.eml')).length : 0);

export async function benchFunction(opts: {
  rate: number;
  seconds: number;
  connections: number;
}): Promise<FunctionFigures> {
  const work = mkdtempSync(join(tmpdir(), 'polku-bench-fn-'));
  const outbox = join(work, 'outbox');
  const { url, child } = await startServer(outbox, join(work, 'blobs'));
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

    // Deliveries may finish after the answer: wait until the outbox stops growing (bounded).
    let delivered = countOutbox(outbox) - probes;
    for (let i = 0; i < 40 && delivered < accepted; i++) {
      await new Promise((r) => setTimeout(r, 250));
      delivered = countOutbox(outbox) - probes;
    }
    return {
      rate: opts.rate,
      seconds: opts.seconds,
      requests: result.requests.total,
      accepted,
      rejected,
      errors: result.errors + result.timeouts,
      delivered,
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      throughput: result.requests.average,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(work, { recursive: true, force: true });
  }
}

export function printFunction(f: FunctionFigures): void {
  console.log(
    `\nInterest function under load (${f.rate} requests/s for ${f.seconds} s, JSON, outbox transport, 127.0.0.1)`,
  );
  console.log(`  requests sent             ${f.requests} (${f.throughput.toFixed(0)}/s on average)`);
  console.log(`  latency p50 / p90 / p99   ${f.p50} / ${f.p90} / ${f.p99} ms (max ${f.max} ms)`);
  console.log(`  accepted (2xx)            ${f.accepted}`);
  console.log(`  refused (non-2xx)         ${f.rejected}, connection errors/timeouts ${f.errors}`);
  console.log(
    `  delivered to the outbox   ${f.delivered}${f.delivered === f.accepted ? ' (none lost)' : ` (${f.accepted - f.delivered} missing)`}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      rate: { type: 'string', default: '200' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '20' },
    },
  });
  const rate = Math.min(Number(values.rate), 2000);
  const seconds = Math.min(Number(values.seconds), 60);
  printFunction(await benchFunction({ rate, seconds, connections: Math.min(Number(values.connections), 100) }));
}
