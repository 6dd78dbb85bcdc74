/**
 * Ways a submission leaves Polku. Chosen per destination and by environment:
 * a webhook when the intake channel has one and its secret is set; otherwise
 * e-mail through SMTP_URL; with nothing configured, the local outbox, which
 * writes the exact message SMTP would carry.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { MailMessage } from './mail.ts';
import { secretName, sign } from './signature.ts';

export interface Transport {
  /** Sends one message; `name` names outbox files ("ABCD2345" or "ABCD2345.copy"). */
  sendMail(message: MailMessage, name: string, record?: unknown): Promise<void>;
  postWebhook(url: string, payload: unknown, secret: string): Promise<void>;
  kind: 'smtp' | 'outbox';
}

function mailOptions(message: MailMessage): Mail.Options {
  return {
    from: message.from,
    to: message.to,
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: message.messageId,
    headers: { ...message.headers, 'Content-Language': message.language },
  };
}

/** The RFC 822 message nodemailer would send, as bytes. */
export async function buildRawMessage(message: MailMessage): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail(mailOptions(message));
  return info.message as Buffer;
}

async function postWebhook(url: string, payload: unknown, secret: string): Promise<void> {
  const body = JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'User-Agent': 'Polku-Webhook/1',
      'X-Polku-Timestamp': timestamp,
      'X-Polku-Signature': sign(secret, timestamp, body),
    },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`webhook answered ${response.status}`);
}

const smtpCache = new Map<string, Transporter>();

export function createTransport(env: Record<string, string | undefined>): Transport {
  const smtpUrl = env['SMTP_URL'];
  if (smtpUrl) {
    let smtp = smtpCache.get(smtpUrl);
    if (!smtp) {
      smtp = nodemailer.createTransport(smtpUrl);
      smtpCache.set(smtpUrl, smtp);
    }
    const transporter = smtp;
    return {
      kind: 'smtp',
      async sendMail(message) {
        await transporter.sendMail(mailOptions(message));
      },
      postWebhook,
    };
  }
  const dir = env['OUTBOX_DIR'] || '.data/outbox';
  return {
    kind: 'outbox',
    async sendMail(message, name, record) {
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, `${name}.eml`), await buildRawMessage(message));
      if (record !== undefined) await writeFile(join(dir, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
    },
    postWebhook,
  };
}

export function webhookSecret(env: Record<string, string | undefined>, institution: string): string | undefined {
  return env[secretName(institution)] || undefined;
}
