/**
 * Webhook signatures by the Standard Webhooks specification
 * (https://www.standardwebhooks.com/): `webhook-id`, `webhook-timestamp` and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of id.timestamp.body>`, made with
 * the `standardwebhooks` library so an institution verifies them with the
 * same library in its own language. The id is the reference: a resent
 * delivery carries the same id, and receivers deduplicate on it.
 */
import { Webhook } from 'standardwebhooks';

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

export function signWebhook(secret: string, id: string, body: string, at = new Date()): SignedHeaders {
  const signature = new Webhook(secret).sign(id, at, body);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': signature,
  };
}

/** WEBHOOK_SECRET_<INSTITUTION_ID> with the id upper-cased and hyphens as underscores. */
export function secretName(institution: string): string {
  return `WEBHOOK_SECRET_${institution.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}
