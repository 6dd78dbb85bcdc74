/**
 * The interest functions' configuration: read from the environment once, at
 * start, validated, and passed in. A value that makes no sense (a retention
 * of "" or -1 days, a rate limit of "many") stops the function with a message
 * naming the variable, instead of quietly turning into a default or a zero
 * that deletes every record.
 */
import { z } from 'zod';
import { secretName } from './signature.ts';

/** Timeouts of each network step of a delivery, in milliseconds (documented in docs/interest.md). */
export interface DeliveryTimeouts {
  smtpConnection: number;
  smtpGreeting: number;
  smtpSocket: number;
  webhook: number;
}

export const deliveryTimeouts: Readonly<DeliveryTimeouts> = {
  /** TCP (and TLS) connection to the SMTP server. */
  smtpConnection: 5_000,
  /** From connecting to the server's 220 greeting. */
  smtpGreeting: 5_000,
  /** Any pause in the SMTP conversation after that, including after the message body. */
  smtpSocket: 10_000,
  /** The whole webhook request, from connecting to the last byte of the answer. */
  webhook: 10_000,
};

const whole = (name: string, min: number) =>
  z
    .string()
    .regex(/^\d+$/, `${name} must be a whole number (e.g. 30), not empty`)
    .transform(Number)
    .refine((n) => n >= min, `${name} must be at least ${min}`);

const schema = z.object({
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/, 'SMTP_URL must look like smtp://host:587 or smtps://user:pass@host:465')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Polku <ei-vastausta@polku.example>'),
  OUTBOX_DIR: z.string().min(1).default('.data/outbox'),
  DELIVERY_OVERRIDE_EMAIL: z.email('DELIVERY_OVERRIDE_EMAIL must be one e-mail address').optional(),
  INTEREST_RETENTION_DAYS: whole('INTEREST_RETENTION_DAYS', 1).default(30),
  POLKU_RATE_LIMIT: whole('POLKU_RATE_LIMIT', 1).default(50),
  /** Seconds a sender holds its claim on a record: longer than any delivery attempt can take. */
  INTEREST_LEASE_SECONDS: whole('INTEREST_LEASE_SECONDS', 30).default(300),
});

export interface InterestConfig {
  /** Unset: the local outbox instead of SMTP. */
  smtpUrl: string | undefined;
  mailFrom: string;
  outboxDir: string;
  /** Staging: every message goes here instead. */
  overrideEmail: string | undefined;
  retentionDays: number;
  /** Accepted submissions per client per 10 minutes. */
  rateLimit: number;
  leaseMs: number;
  timeouts: Readonly<DeliveryTimeouts>;
  /** The Standard Webhooks secret of an institution (WEBHOOK_SECRET_<ID>), if set. */
  webhookSecret(institution: string): string | undefined;
  /** The bearer token that reads an institution's counts (COUNTS_TOKEN_<ID>), if set. */
  countsToken(institution: string): string | undefined;
}

/** COUNTS_TOKEN_<INSTITUTION_ID>, named like the webhook secrets. */
export const countsTokenName = (institution: string) =>
  secretName(institution).replace(/^WEBHOOK_SECRET_/, 'COUNTS_TOKEN_');

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Empty strings count as unset only where unset has a meaning; elsewhere they are refused. */
const optionalWhenEmpty = ['SMTP_URL', 'DELIVERY_OVERRIDE_EMAIL'] as const;

export function parseConfig(env: Record<string, string | undefined>): InterestConfig {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    input[key] = value === '' && (optionalWhenEmpty as readonly string[]).includes(key) ? undefined : value;
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`Polku's interest functions cannot start:\n  ${problems.join('\n  ')}`);
  }
  const c = parsed.data;
  const secrets = new Map<string, string>();
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('WEBHOOK_SECRET_') || !value) continue;
    if (!/^whsec_[A-Za-z0-9+/]{20,}={0,2}$/.test(value))
      throw new ConfigError(`Polku's interest functions cannot start:\n  ${key}: write the secret as whsec_<base64>`);
    secrets.set(key, value);
  }
  const tokens = new Map<string, string>();
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('COUNTS_TOKEN_') || !value) continue;
    // A short token can be guessed; one with spaces or quotes was pasted wrong.
    if (!/^[\x21-\x7e]{24,}$/.test(value))
      throw new ConfigError(
        `Polku's interest functions cannot start:\n  ${key}: use at least 24 printable characters without spaces`,
      );
    tokens.set(key, value);
  }
  return {
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    outboxDir: c.OUTBOX_DIR,
    overrideEmail: c.DELIVERY_OVERRIDE_EMAIL,
    retentionDays: c.INTEREST_RETENTION_DAYS,
    rateLimit: c.POLKU_RATE_LIMIT,
    leaseMs: c.INTEREST_LEASE_SECONDS * 1000,
    timeouts: deliveryTimeouts,
    webhookSecret: (institution) => secrets.get(secretName(institution)),
    countsToken: (institution) => tokens.get(countsTokenName(institution)),
  };
}

/**
 * The one place the interest code reads the environment. A function calls it
 * once, at start; everything else receives the parsed configuration.
 */
export function configFromEnvironment(): InterestConfig {
  return parseConfig(process.env);
}
