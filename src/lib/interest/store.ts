/** The durable queue: Netlify Blobs store "interest", one JSON record per reference. */
import { getStore } from '@netlify/blobs';
import type { InterestRecord } from './record.ts';

export interface InterestStore {
  /** Writes a new record; false when the reference is already taken. */
  create(record: InterestRecord): Promise<boolean>;
  save(record: InterestRecord): Promise<void>;
  get(reference: string): Promise<InterestRecord | undefined>;
  references(): Promise<string[]>;
  remove(reference: string): Promise<void>;
}

export const storeName = 'interest';

export function blobsStore(): InterestStore {
  const store = getStore(storeName);
  return {
    async create(record) {
      const result = await store.setJSON(record.reference, record, { onlyIfNew: true });
      return result.modified;
    },
    async save(record) {
      await store.setJSON(record.reference, record);
    },
    async get(reference) {
      return ((await store.get(reference, { type: 'json' })) as InterestRecord | null) ?? undefined;
    },
    async references() {
      const { blobs } = await store.list();
      return blobs.map((b) => b.key);
    },
    async remove(reference) {
      await store.delete(reference);
    },
  };
}
