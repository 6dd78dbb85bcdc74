/**
 * A process killed mid-burst and restarted. The whole local site runs in a
 * child process (`node scripts/serve.ts`) against a real SMTP server that is
 * slow to accept, so deliveries are in flight; a burst of submissions is
 * posted, the child is killed with SIGKILL part way, and a new child on the
 * same Blobs folder runs the retry pass. Every accepted reference must be
 * delivered; a message may arrive twice only inside the documented window
 * (the SMTP server took it, the process died before recording that), and then
 * with the same Message-ID. Each stored submission is counted exactly once.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalBlobs } from '../../scripts/local-blobs.ts';
import { blobsCounts, monthOf } from '../../src/lib/interest/counts.ts';
import { messageIds, type Mail, startSmtp, stopSmtp, type TestSmtp } from '../support/smtp.ts';

const burst = 30;
let work: string;
let smtp: TestSmtp;
const mails: Mail[] = [];

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'polku-kill-'));
  smtp = await startSmtp(mails, { delayAfterDataMs: 150 });
});
afterAll(async () => {
  await stopSmtp(smtp);
  rmSync(work, { recursive: true, force: true });
});

/** Starts the local site in a child process; resolves with its address once it listens. */
async function startChild(
  scheduleSeconds: number,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, ['scripts/serve.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      SMTP_URL: `smtp://127.0.0.1:${smtp.port}?ignoreTLS=true`,
      POLKU_BLOBS_DIR: join(work, 'blobs'),
      OUTBOX_DIR: join(work, 'outbox'),
      POLKU_SCHEDULE_SECONDS: String(scheduleSeconds),
      POLKU_RATE_LIMIT: '1000',
      INTEREST_LEASE_SECONDS: '30',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  for (let i = 0; i < 600 && !/running at (http:\/\/\S+?)\/?\s/.test(output); i++) {
    if (child.exitCode !== null) throw new Error(`the local server stopped: ${output}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const url = /running at (http:\/\/\S+?)\/?\s/.exec(output)?.[1]?.replace('localhost', '127.0.0.1');
  if (!url) throw new Error(`the local server did not start: ${output}`);
  return { child, url, output: () => output };
}

const person = (n: number) => ({
  name: `Henkilö ${n}`,
  phone: `040 000 ${String(2000 + n)}`,
  municipality: 'porvoo',
  contactLanguage: 'fi',
  consent: true,
  locale: 'fi',
});

describe('a process killed mid-burst', () => {
  it('loses no accepted submission, and sends twice only inside the documented window', async () => {
    const first = await startChild(0);
    const accepted: string[] = [];
    let refused = 0;
    const posts = Array.from({ length: burst }, async (_, n) => {
      await new Promise((ok) => setTimeout(ok, n * 15));
      try {
        const response = await fetch(`${first.url}/api/interest`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(person(n)),
        });
        if (response.status === 202) accepted.push(((await response.json()) as { reference: string }).reference);
        else refused++;
      } catch {
        refused++; // the connection died with the process: never answered, so never accepted
      }
    });
    // Kill once about half the burst is answered and mail is being accepted slowly.
    while (accepted.length < burst / 2) await new Promise((ok) => setTimeout(ok, 10));
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    await Promise.all(posts);
    // What the mail server took from the dead process (including bodies it was still acknowledging).
    await new Promise((ok) => setTimeout(ok, 300));
    const arrivedByKill = new Set(messageIds(mails));
    const deliveredAtKill = arrivedByKill.size;
    expect(accepted.length).toBeGreaterThanOrEqual(burst / 2);
    expect(deliveredAtKill).toBeLessThan(accepted.length);

    // A new process on the same store; its retry pass runs one second after it starts.
    smtp.delayAfterDataMs = 0;
    const second = await startChild(1);
    const expected = new Set(accepted.map((r) => `<${r}.institution@polku>`));
    for (let i = 0; i < 600; i++) {
      const seen = new Set(messageIds(mails));
      // The pass logs its totals once every attempt in it, counting included, has ended.
      if ([...expected].every((id) => seen.has(id)) && /interest queue: /.test(second.output())) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    second.child.kill('SIGTERM');
    await once(second.child, 'exit');

    const ids = messageIds(mails);
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
    const duplicates = [...counts.values()].filter((c) => c > 1).length;
    console.info(
      `kill mid-burst: ${burst} posted, ${accepted.length} accepted, ${refused} unanswered, ${deliveredAtKill} delivered before the kill, ${new Set(ids).size} delivered in all, ${duplicates} sent twice`,
    );
    // accepted = delivered
    for (const id of expected) expect(counts.get(id)).toBeGreaterThanOrEqual(1);
    // The documented window: only a message the server had taken when the process died, without the
    // process recording it, is sent again, once, with the same Message-ID.
    const twice = [...counts].filter(([, c]) => c > 1).map(([id]) => id);
    for (const id of twice) expect(arrivedByKill.has(id)).toBe(true);
    expect(Math.max(0, ...counts.values())).toBeLessThanOrEqual(2);

    // Counted once each, sent twice or not, answered or not: the counts read off the same store.
    const blobs = await startLocalBlobs(join(work, 'blobs'));
    try {
      const month = monthOf(new Date());
      const counted = (await blobsCounts().read('careeria', month)).rows.reduce((sum, row) => sum + row.count, 0);
      expect(counted).toBe(new Set(ids).size);
    } finally {
      await blobs.stop();
    }
  }, 120_000);
});
