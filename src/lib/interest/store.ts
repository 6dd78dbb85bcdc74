/**
 * The durable queue in Netlify Blobs. Store "interest" holds one JSON record
 * per reference; "interest-quarantine" holds records that could not be read,
 * untouched, for a person to look at; "interest-keys" maps an idempotency key
 * to the reference it produced. Every write that must not overwrite someone
 * else's is conditional (`onlyIfNew`, or `onlyIfMatch` with the etag read).
 */
import { getStore } from '@netlify/blobs';
import { type InterestRecord, parseRecord } from './record.ts';

export type ReadResult =
  { state: 'ok'; record: InterestRecord; etag: string } | { state: 'missing' } | { state: 'unreadable' };

export interface InterestStore {
  /** Writes a new record; its etag, or undefined when the reference is taken. */
  create(record: InterestRecord): Promise<string | undefined>;
  read(reference: string): Promise<ReadResult>;
  /** Writes only if nobody wrote since `etag`; the new etag, or undefined when someone did. */
  replace(record: InterestRecord, etag: string): Promise<string | undefined>;
  references(): Promise<string[]>;
  remove(reference: string): Promise<void>;
  /** Moves an unreadable record aside, as it is. */
  quarantine(reference: string): Promise<void>;
  /** Links an idempotency key to a reference unless it is linked already; false when it was. */
  linkKey(key: string, reference: string, now: Date): Promise<boolean>;
  keyReference(key: string): Promise<{ reference: string; at: string } | undefined>;
  /** Removes idempotency keys made before `before`; how many. */
  forgetKeys(before: Date): Promise<number>;
}

export const storeNames = { records: 'interest', quarantine: 'interest-quarantine', keys: 'interest-keys' } as const;

export function blobsStore(): InterestStore {
  const records = getStore({ name: storeNames.records, consistency: 'strong' });
  const quarantine = getStore({ name: storeNames.quarantine, consistency: 'strong' });
  const keys = getStore({ name: storeNames.keys, consistency: 'strong' });
  const etagOf = async (key: string) => (await records.getMetadata(key))?.etag;
  return {
    async create(record) {
      const result = await records.set(record.reference, JSON.stringify(record), { onlyIfNew: true });
      if (!result.modified) return undefined;
      return result.etag ?? (await etagOf(record.reference));
    },
    async read(reference) {
      const found = await records.getWithMetadata(reference, { type: 'text' });
      if (!found) return { state: 'missing' };
      const record = parseRecord(found.data);
      if (!record || record.reference !== reference || !found.etag) return { state: 'unreadable' };
      return { state: 'ok', record, etag: found.etag };
    },
    async replace(record, etag) {
      const result = await records.set(record.reference, JSON.stringify(record), { onlyIfMatch: etag });
      if (!result.modified) return undefined;
      return result.etag ?? (await etagOf(record.reference));
    },
    async references() {
      const { blobs } = await records.list();
      return blobs.map((b) => b.key);
    },
    async remove(reference) {
      await records.delete(reference);
    },
    async quarantine(reference) {
      const raw = await records.get(reference, { type: 'arrayBuffer' });
      if (raw) await quarantine.set(reference, raw);
      await records.delete(reference);
    },
    async linkKey(key, reference, now) {
      const result = await keys.setJSON(key, { reference, at: now.toISOString() }, { onlyIfNew: true });
      return result.modified;
    },
    async keyReference(key) {
      const found = (await keys.get(key, { type: 'json' }).catch(() => null)) as {
        reference?: unknown;
        at?: unknown;
      } | null;
      return found && typeof found.reference === 'string' && typeof found.at === 'string'
        ? { reference: found.reference, at: found.at }
        : undefined;
    },
    async forgetKeys(before) {
      const { blobs } = await keys.list();
      let removed = 0;
      for (const { key } of blobs) {
        const entry = await this.keyReference(key);
        if (!entry || Date.parse(entry.at) < before.getTime()) {
          await keys.delete(key);
          removed++;
        }
      }
      return removed;
    },
  };
}
