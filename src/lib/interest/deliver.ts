/**
 * Delivery and its retries. A record says what has already gone out, so a
 * retry sends only what is missing: each message leaves exactly once. Errors
 * are logged with the reference and an error code only, never personal data.
 */
import { copyMail, institutionMail, mailEnv } from './mail.ts';
import { type InterestRecord, webhookPayload } from './record.ts';
import type { RoutingTable } from './routing.ts';
import type { InterestStore } from './store.ts';
import { createTransport, type Transport, webhookSecret } from './transports.ts';

export interface DeliveryDeps {
  table: RoutingTable;
  env: Record<string, string | undefined>;
  transport?: Transport;
  log?: Pick<Console, 'error' | 'warn' | 'info'>;
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
    const message = (error as { message?: unknown }).message;
    if (typeof message === 'string' && /^webhook answered \d{3}$/.test(message)) return message.replace(/ /g, '-');
  }
  return 'DELIVERY_FAILED';
}

async function send(
  record: InterestRecord,
  deps: DeliveryDeps,
  transport: Transport,
): Promise<'institution' | 'copy' | undefined> {
  const env = mailEnv(deps.env);
  if (!record.delivery.institutionAt) {
    const { webhook, institution } = record.destination;
    const secret = webhookSecret(deps.env, institution);
    if (webhook && secret && !env.override) await transport.postWebhook(webhook, webhookPayload(record), secret);
    else await transport.sendMail(institutionMail(record, deps.table, env), record.reference, webhookPayload(record));
    return 'institution';
  }
  const copy = copyMail(record, deps.table, env);
  if (copy && !record.delivery.copyAt) {
    await transport.sendMail(copy, `${record.reference}.copy`);
    return 'copy';
  }
  return undefined;
}

/** Delivers what is missing and saves progress after each message; never throws for delivery errors. */
export async function deliver(
  record: InterestRecord,
  store: InterestStore,
  deps: DeliveryDeps,
  now = new Date(),
): Promise<InterestRecord> {
  const log = deps.log ?? console;
  const transport = deps.transport ?? createTransport(deps.env);
  try {
    for (;;) {
      const sent = await send(record, deps, transport);
      if (!sent) break;
      const at = new Date().toISOString();
      record.delivery =
        sent === 'institution' ? { ...record.delivery, institutionAt: at } : { ...record.delivery, copyAt: at };
      await store.save(record);
    }
    record.status = 'delivered';
    record.delivery = { ...record.delivery, deliveredAt: new Date().toISOString() };
    delete record.delivery.lastError;
    await store.save(record);
  } catch (error) {
    const attempts = record.delivery.attempts + 1;
    const code = errorCode(error);
    record.delivery = {
      ...record.delivery,
      attempts,
      lastError: code,
      nextAttemptAt: nextAttempt(attempts, now).toISOString(),
    };
    if (attempts >= alertAfterAttempts) {
      record.delivery.alerted = true;
      log.error(`interest ${record.reference}: delivery failed ${attempts} times (${code}); it stays queued`);
    } else {
      log.warn(`interest ${record.reference}: delivery attempt ${attempts} failed (${code}); retrying later`);
    }
    await store.save(record);
  }
  return record;
}

export interface QueueResult {
  delivered: string[];
  failed: string[];
  deleted: string[];
  waiting: number;
}

export function retentionDays(env: Record<string, string | undefined>): number {
  const days = Number(env['INTEREST_RETENTION_DAYS'] ?? '30');
  return Number.isFinite(days) && days >= 0 ? days : 30;
}

/** The scheduled run: deliver pending records that are due, delete delivered ones past retention. */
export async function processQueue(store: InterestStore, deps: DeliveryDeps, now = new Date()): Promise<QueueResult> {
  const result: QueueResult = { delivered: [], failed: [], deleted: [], waiting: 0 };
  const keep = retentionDays(deps.env) * 86_400_000;
  for (const reference of await store.references()) {
    const record = await store.get(reference);
    if (!record) continue;
    if (record.status === 'delivered') {
      const at = Date.parse(record.delivery.deliveredAt ?? record.createdAt);
      if (now.getTime() - at >= keep) {
        await store.remove(reference);
        result.deleted.push(reference);
      }
      continue;
    }
    if (Date.parse(record.delivery.nextAttemptAt) > now.getTime()) {
      result.waiting++;
      continue;
    }
    const after = await deliver(record, store, deps, now);
    (after.status === 'delivered' ? result.delivered : result.failed).push(reference);
  }
  return result;
}
