/** What is stored per submission (Blobs store "interest", key = reference) and sent to webhooks. */
import { z } from 'zod';
import type { Interest } from './schema.ts';
import type { Destination } from './routing.ts';

export type Submission = Omit<Interest, 'consent'>;

/** Who may send a record right now, and until when; a lease that lapses frees a record whose sender died. */
export interface Lease {
  owner: string;
  until: string;
}

/** A lease for `owner` from `now`, lasting `ms`. */
export function leaseFor(owner: string, now: Date, ms: number): Lease {
  return { owner, until: new Date(now.getTime() + ms).toISOString() };
}

export interface InterestRecord {
  version: 2;
  reference: string;
  status: 'pending' | 'delivered';
  createdAt: string;
  /** When the person ticked the consent box and sent the form. */
  consentAt: string;
  submission: Submission;
  destination: Destination;
  delivery: {
    attempts: number;
    nextAttemptAt: string;
    /** What has gone out, so a retry sends only what is missing. */
    institutionAt?: string;
    copyAt?: string;
    deliveredAt?: string;
    /** A short error code (never personal data). */
    lastError?: string;
    alerted?: boolean;
    lease?: Lease;
  };
}

const iso = z.iso.datetime();
const text = z.string();

/**
 * The shape a stored record must have to be sent. Anything else (an empty
 * file left by a killed process, a record from an older version) is moved
 * aside rather than guessed at.
 */
export const recordSchema = z.object({
  version: z.literal(2),
  reference: z.string().regex(/^[A-Z0-9]{8}$/),
  status: z.enum(['pending', 'delivered']),
  createdAt: iso,
  consentAt: iso,
  submission: z.object({
    name: text.min(1),
    phone: text,
    email: text,
    municipality: text.min(1),
    training: text,
    service: text,
    contactLanguage: z.enum(['fi', 'sv', 'en', 'other']),
    message: text,
    sendCopy: z.boolean(),
    source: text,
    campaign: text,
    locale: z.enum(['fi', 'sv']),
  }),
  destination: z.object({
    institution: text.min(1),
    staffLanguage: z.enum(['fi', 'sv']),
    email: z.email(),
    webhook: z.url().optional(),
    covered: z.boolean(),
  }),
  delivery: z.object({
    attempts: z.number().int().min(0),
    nextAttemptAt: iso,
    institutionAt: iso.optional(),
    copyAt: iso.optional(),
    deliveredAt: iso.optional(),
    lastError: text.optional(),
    alerted: z.boolean().optional(),
    lease: z.object({ owner: text.min(1), until: iso }).optional(),
  }),
});

/** Reads a stored record; undefined when it is not one. */
export function parseRecord(raw: string): InterestRecord | undefined {
  try {
    const result = recordSchema.safeParse(JSON.parse(raw));
    return result.success ? (result.data as InterestRecord) : undefined;
  } catch {
    return undefined;
  }
}

export function newRecord(
  reference: string,
  submission: Submission,
  destination: Destination,
  now: Date,
  lease?: Lease,
): InterestRecord {
  const at = now.toISOString();
  return {
    version: 2,
    reference,
    status: 'pending',
    createdAt: at,
    consentAt: at,
    submission,
    destination,
    delivery: { attempts: 0, nextAttemptAt: at, ...(lease ? { lease } : {}) },
  };
}

/** The JSON an institution's system receives by webhook: the record without delivery bookkeeping. */
export function webhookPayload(record: InterestRecord) {
  const { reference, createdAt, consentAt, submission, destination } = record;
  return {
    reference,
    createdAt,
    consentAt,
    institution: destination.institution,
    ...submission,
  };
}
