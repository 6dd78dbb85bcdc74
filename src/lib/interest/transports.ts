/**
 * Ways a submission leaves Polku. Chosen per destination and by configuration:
 * a webhook when the intake channel has one and its secret is set; otherwise
 * e-mail through SMTP_URL; with nothing configured, the local outbox, which
 * writes the exact message SMTP would carry. Every network step has a timeout
 * (see deliveryTimeouts), so a stalled peer fails an attempt instead of
 * holding it open.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer/index.js';
import type { InterestConfig } from './config.ts';
import type { MailMessage } from './mail.ts';
import { signWebhook } from './signature.ts';

export interface Transport {
  /** Sends one message; `name` names outbox files ("ABCD2345" or "ABCD2345.copy"). */
  sendMail(message: MailMessage, name: string, record?: unknown): Promise<void>;
  /** Posts one delivery; `id` is its webhook-id, the same on every resend. */
  postWebhook(url: string, id: string, payload: unknown, secret: string): Promise<void>;
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
    ...(message.attachments ? { attachments: message.attachments } : {}),
  };
}

/** The RFC 822 message nodemailer would send, as bytes. */
export async function buildRawMessage(message: MailMessage): Promise<Buffer> {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await transport.sendMail(mailOptions(message));
  return info.message as Buffer;
}

function webhookPoster(timeoutMs: number) {
  return async (url: string, id: string, payload: unknown, secret: string): Promise<void> => {
    const body = JSON.stringify(payload);
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'User-Agent': 'Polku-Webhook/2',
        ...signWebhook(secret, id, body),
      },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  };
}

const smtpCache = new Map<string, Transporter>();

/** Writes a file whole or not at all: a killed process never leaves half a message. */
async function writeAtomic(file: string, data: string | Buffer): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, file);
}

export function createTransport(config: InterestConfig): Transport {
  const postWebhook = webhookPoster(config.timeouts.webhook);
  const { smtpUrl } = config;
  if (smtpUrl) {
    const cacheKey = `${smtpUrl} ${JSON.stringify(config.timeouts)}`;
    let smtp = smtpCache.get(cacheKey);
    if (!smtp) {
      smtp = nodemailer.createTransport({
        url: smtpUrl,
        connectionTimeout: config.timeouts.smtpConnection,
        greetingTimeout: config.timeouts.smtpGreeting,
        socketTimeout: config.timeouts.smtpSocket,
      });
      smtpCache.set(cacheKey, smtp);
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
  const dir = config.outboxDir;
  return {
    kind: 'outbox',
    async sendMail(message, name, record) {
      await mkdir(dir, { recursive: true });
      if (record !== undefined) await writeAtomic(join(dir, `${name}.json`), `${JSON.stringify(record, null, 2)}\n`);
      await writeAtomic(join(dir, `${name}.eml`), await buildRawMessage(message));
    },
    postWebhook,
  };
}
