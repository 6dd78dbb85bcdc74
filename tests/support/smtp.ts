/** A real SMTP server for tests (smtp-server), recording every message it accepts. */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Mail {
  from: string;
  to: string[];
  raw: string;
}

export type TestSmtp = SMTPServer & {
  port: number;
  /** How long the server waits after the message body before it says 250: a slow server. */
  delayAfterDataMs: number;
};

export function startSmtp(
  mails: Mail[],
  options: { port?: number; delayAfterDataMs?: number } = {},
): Promise<TestSmtp> {
  const state = { delayAfterDataMs: options.delayAfterDataMs ?? 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        setTimeout(() => {
          mails.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          done();
        }, state.delayAfterDataMs);
      });
    },
  });
  // A client that dies mid-session (the kill test) resets its connection; that is the fault under test.
  server.on('error', () => undefined);
  return new Promise((ok) =>
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const port = (server.server.address() as AddressInfo).port;
      const smtp = Object.assign(server, { port }) as TestSmtp;
      Object.defineProperty(smtp, 'delayAfterDataMs', {
        get: () => state.delayAfterDataMs,
        set: (ms: number) => (state.delayAfterDataMs = ms),
      });
      ok(smtp);
    }),
  );
}

export const stopSmtp = (server: SMTPServer) => new Promise<void>((ok) => server.close(() => ok()));

/** The Message-ID of every accepted message, in arrival order: the key receivers deduplicate on. */
export function messageIds(mails: Mail[]): string[] {
  return mails.map((m) => /^Message-ID: (.*)$/im.exec(m.raw.slice(0, m.raw.indexOf('\r\n\r\n')))?.[1]?.trim() ?? '');
}
