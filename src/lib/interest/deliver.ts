/**
 * Delivery and its retries, with at most one sender per record.
 *
 * A sender first claims a record: it writes a lease (owner, until) into it
 * with a conditional write on the etag it read, so of two senders only one
 * succeeds. The first attempt holds the lease from the moment the record is
 * created; a retry pass skips leased records; a lease that lapses (its sender
 * died) frees the record for the next pass. Progress is saved after each
 * message, so a retry sends only what is missing.
 *
 * The one window left: the receiver accepted a message and the sender died
 * before saving that. The next attempt sends it again, with the same
 * Message-ID or webhook-id, which receivers deduplicate on.
 *
 * Errors are logged with the reference and a code only, never personal data.
 */
import { randomUUID } from 'node:crypto';
import type { InterestConfig } from './config.ts';
import type { CountsStore } from './counts.ts';
import { copyMail, institutionMail } from './mail.ts';
import { type InterestRecord, leaseFor, webhookPayload } from './record.ts';
import type { RoutingTable } from './routing.ts';
import type { InterestStore } from './store.ts';
import { createTransport, type Transport } from './transports.ts';

export type Log = Pick<Console, 'error' | 'warn' | 'info'>;

export interface DeliveryDeps {
  table: RoutingTable;
  config: InterestConfig;
  store: InterestStore;
  transport?: Transport;
  log?: Log;
  /** Names this sender in leases; one per invocation. */
  owner?: string;
  /** Where each record is counted (counts.ts), at every attempt, which counts it once; unset, nothing is. */
  counts?: CountsStore;
}

/** Minutes to wait after the n-th failure: from minutes to half a day, then every 12 hours. */
export const backoffMinutes = [5, 15, 30, 60, 120, 240, 480, 720] as const;
/** After this many failed attempts every further failure is logged as an error (an alert). */
export const alertAfterAttempts = 5;

export function nextAttempt(attempts: number, now: Date): Date {
  const minutes = backoffMinutes[Math.min(attempts, backoffMinutes.length) - 1] ?? backoffMinutes[0];
  return new Date(now.getTime() + minutes * 60_000);
}

export function errorCode(error: unknown): string {
  if (error && typeof error === 'object') {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z_0-9]{2,30}$/.test(code)) return code;
    const name = (error as { name?: unknown }).name;
    if (name === 'TimeoutError' || name === 'AbortError') return 'TIMEOUT';
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && /^webhook answered \d{3}$/.test(message)) return message.replace(/ /g, '-');
  }
  return 'DELIVERY_FAILED';
}

/** Sends the next missing message; which one, or undefined when nothing is missing. */
async function sendNext(record: InterestRecord, deps: DeliveryDeps, transport: Transport) {
  const { config } = deps;
  if (!record.delivery.institutionAt) {
    const { webhook, institution } = record.destination;
    const secret = config.webhookSecret(institution);
    if (webhook && secret && !config.overrideEmail)
      await transport.postWebhook(webhook, record.reference, webhookPayload(record), secret);
    else
      await transport.sendMail(institutionMail(record, deps.table, config), record.reference, webhookPayload(record));
    return 'institutionAt' as const;
  }
  const copy = copyMail(record, deps.table, config);
  if (copy && !record.delivery.copyAt) {
    await transport.sendMail(copy, `${record.reference}.copy`);
    return 'copyAt' as const;
  }
  return undefined;
}

export type AttemptOutcome = 'delivered' | 'failed' | 'busy' | 'waiting' | 'done' | 'missing' | 'quarantined';

/**
 * Delivers a record whose lease this sender holds (`etag` is of the write
 * that took it). Never throws for delivery errors; a lost lease stops it.
 */
export async function deliverClaimed(
  record: InterestRecord,
  etag: string,
  deps: DeliveryDeps,
  now = new Date(),
): Promise<AttemptOutcome> {
  const log = deps.log ?? console;
  // Counted before sending, at every attempt: counting is idempotent per reference, and a record is
  // marked delivered only after it was counted, so a process that dies in between leaves it to the
  // retry pass, which counts it then. A failed count is logged and never holds the delivery back.
  await deps.counts?.count(record).catch((error: unknown) => {
    log.error(`interest ${record.reference}: not counted (${errorCode(error)})`);
  });
  return sendAll(record, etag, deps, now);
}

async function sendAll(record: InterestRecord, etag: string, deps: DeliveryDeps, now: Date): Promise<AttemptOutcome> {
  const log = deps.log ?? console;
  const transport = deps.transport ?? createTransport(deps.config);
  let tag: string | undefined = etag;
  try {
    for (;;) {
      const sent = await sendNext(record, deps, transport);
      if (!sent) break;
      record.delivery = { ...record.delivery, [sent]: new Date().toISOString() };
      tag = await deps.store.replace(record, tag);
      if (!tag) {
        log.error(`interest ${record.reference}: lease lost during delivery; the next pass resumes it`);
        return 'busy';
      }
    }
    const { lease: _lease, lastError: _lastError, ...rest } = record.delivery;
    record.status = 'delivered';
    record.delivery = { ...rest, deliveredAt: new Date().toISOString() };
    await deps.store.replace(record, tag);
    return 'delivered';
  } catch (error) {
    const attempts = record.delivery.attempts + 1;
    const code = errorCode(error);
    const { lease: _lease, ...rest } = record.delivery;
    record.delivery = { ...rest, attempts, lastError: code, nextAttemptAt: nextAttempt(attempts, now).toISOString() };
    if (attempts >= alertAfterAttempts) {
      record.delivery.alerted = true;
      log.error(`interest ${record.reference}: delivery failed ${attempts} times (${code}); it stays queued`);
    } else {
      log.warn(`interest ${record.reference}: delivery attempt ${attempts} failed (${code}); retrying later`);
    }
    if (tag && !(await deps.store.replace(record, tag)))
      log.error(`interest ${record.reference}: lease lost before the failure was saved`);
    return 'failed';
  }
}

/** Claims a record if it is due and free, then delivers it. */
export async function attemptDelivery(
  reference: string,
  deps: DeliveryDeps,
  now = new Date(),
): Promise<AttemptOutcome> {
  const log = deps.log ?? console;
  const read = await deps.store.read(reference);
  if (read.state === 'missing') return 'missing';
  if (read.state === 'unreadable') {
    await deps.store.quarantine(reference);
    log.error(`interest ${reference}: unreadable record moved to quarantine; it was not sent`);
    return 'quarantined';
  }
  const { record } = read;
  if (record.status === 'delivered') return 'done';
  const lease = record.delivery.lease;
  if (lease && Date.parse(lease.until) > now.getTime()) return 'busy';
  if (Date.parse(record.delivery.nextAttemptAt) > now.getTime()) return 'waiting';
  record.delivery.lease = leaseFor(deps.owner ?? randomUUID(), now, deps.config.leaseMs);
  const etag = await deps.store.replace(record, read.etag);
  if (!etag) return 'busy';
  return deliverClaimed(record, etag, deps, now);
}

export interface QueueResult {
  delivered: string[];
  failed: string[];
  busy: number;
  waiting: number;
  quarantined: string[];
  /** Delivered records past retention. */
  deleted: string[];
  /** Never delivered within the retention period: alerted and deleted. */
  expired: string[];
}

const day = 86_400_000;

/** One retry pass: each record on its own, so one bad record never blocks the rest. */
export async function processQueue(deps: DeliveryDeps, now = new Date()): Promise<QueueResult> {
  const log = deps.log ?? console;
  const result: QueueResult = {
    delivered: [],
    failed: [],
    busy: 0,
    waiting: 0,
    quarantined: [],
    deleted: [],
    expired: [],
  };
  const keep = deps.config.retentionDays * day;
  const owner = deps.owner ?? randomUUID();
  for (const reference of await deps.store.references()) {
    try {
      const read = await deps.store.read(reference);
      if (read.state === 'ok') {
        const { record } = read;
        const age = now.getTime() - Date.parse(record.delivery.deliveredAt ?? record.createdAt);
        if (age >= keep) {
          await deps.store.remove(reference);
          if (record.status === 'delivered') result.deleted.push(reference);
          else {
            result.expired.push(reference);
            log.error(
              `interest ${reference}: never delivered in ${deps.config.retentionDays} days (${record.delivery.lastError ?? 'no attempt'}); deleted with its personal data`,
            );
          }
          continue;
        }
      }
      const outcome = await attemptDelivery(reference, { ...deps, owner }, now);
      if (outcome === 'delivered') result.delivered.push(reference);
      else if (outcome === 'failed') result.failed.push(reference);
      else if (outcome === 'busy') result.busy++;
      else if (outcome === 'waiting') result.waiting++;
      else if (outcome === 'quarantined') result.quarantined.push(reference);
    } catch (error) {
      log.error(`interest ${reference}: retry pass skipped it (${errorCode(error)})`);
    }
  }
  await deps.store.forgetKeys(new Date(now.getTime() - day)).catch((error: unknown) => {
    log.error(`interest: could not clean idempotency keys (${errorCode(error)})`);
  });
  return result;
}
