/** What is stored per submission (Blobs store "interest", key = reference) and sent to webhooks. */
import type { Interest } from './schema.ts';
import type { Destination } from './routing.ts';

export type Submission = Omit<Interest, 'consent'>;

export interface InterestRecord {
  version: 1;
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
    /** What has gone out, so a retry never sends a message twice. */
    institutionAt?: string;
    copyAt?: string;
    deliveredAt?: string;
    /** A short error code (never personal data). */
    lastError?: string;
    alerted?: boolean;
  };
}

export function newRecord(
  reference: string,
  submission: Submission,
  destination: Destination,
  now: Date,
): InterestRecord {
  const at = now.toISOString();
  return {
    version: 1,
    reference,
    status: 'pending',
    createdAt: at,
    consentAt: at,
    submission,
    destination,
    delivery: { attempts: 0, nextAttemptAt: at },
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
