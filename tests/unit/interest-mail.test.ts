import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/lib/content-files.ts';
import { escapeHtml, headerSafe } from '../../src/lib/interest/escape.ts';
import { copyMail, institutionMail } from '../../src/lib/interest/mail.ts';
import { newRecord } from '../../src/lib/interest/record.ts';
import { buildRoutingTable, resolveDestination } from '../../src/lib/interest/routing.ts';
import { Webhook } from 'standardwebhooks';
import { secretName, signWebhook } from '../../src/lib/interest/signature.ts';
import { buildRawMessage } from '../../src/lib/interest/transports.ts';

const table = buildRoutingTable(loadContentDir('tests/fixtures/content'));
const env = { mailFrom: 'Polku <ei-vastausta@polku.example>', overrideEmail: undefined };
const submission = {
  name: 'Eve <script>alert(1)</script>',
  phone: '',
  email: 'eve@example.fi',
  municipality: 'porvoo',
  training: 'testi',
  service: '',
  contactLanguage: 'en' as const,
  message: '<img src=x onerror=alert(1)> & "quotes"\nline two',
  sendCopy: true,
  source: 'instagram',
  campaign: '<b>kevät</b>',
  locale: 'sv' as const,
};
const record = newRecord(
  'ACDE3467',
  submission,
  resolveDestination(table, submission)!,
  new Date('2027-01-10T10:00:00Z'),
);

describe('escaping', () => {
  it('escapes every HTML special character', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
  it('keeps header values on one line', () => {
    expect(headerSafe('Hi\r\nBcc: evil@example.com\u2028x')).toBe('Hi Bcc: evil@example.com x');
  });
});

describe('the message to the institution', () => {
  const mail = institutionMail(record, table, env);
  it('is written in the staff language, to the intake, Reply-To the person', () => {
    expect(mail.language).toBe('fi');
    expect(mail.to).toBe('kiinnostus.porvoo@careeria.example');
    expect(mail.replyTo).toEqual({ name: 'Eve <script>alert(1)</script>', address: 'eve@example.fi' });
    expect(mail.subject).toBe('Ilmoitus ACDE3467: Testikoulutus');
    expect(mail.text).toContain('Yhteydenottokieli: englanti');
  });
  it('escapes every user value in HTML', () => {
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).not.toContain('<b>kevät');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;<br>line two');
  });
  it('goes to the override address when one is set', () => {
    expect(institutionMail(record, table, { ...env, overrideEmail: 'test@polku.example' }).to).toBe(
      'test@polku.example',
    );
  });
});

describe('header injection', () => {
  it('cannot add headers through the name, the subject or Reply-To', async () => {
    const evil = { ...record, submission: { ...submission, name: 'Eve\r\nBcc: victim@example.com' } };
    const raw = (await buildRawMessage(institutionMail(evil, table, env))).toString('utf8');
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(head).not.toMatch(/^Bcc:/im);
    expect(
      head
        .split('\r\n')
        .filter((l) => /^[A-Za-z-]+:/.test(l))
        .map((l) => l.split(':')[0]!.toLowerCase())
        .sort(),
    ).toEqual(
      [
        'content-language',
        'content-type',
        'date',
        'from',
        'message-id',
        'mime-version',
        'reply-to',
        'subject',
        'to',
        'x-polku-reference',
      ].sort(),
    );
  });
  it('cannot add headers through a training title either', async () => {
    const t2 = structuredClone(table);
    t2.trainings['testi']!.title.fi = 'Kurssi\r\nBcc: x@example.com';
    const raw = (await buildRawMessage(institutionMail(record, t2, env))).toString('utf8');
    expect(raw.slice(0, raw.indexOf('\r\n\r\n'))).not.toMatch(/^Bcc:/im);
  });
});

describe("the person's own confirmation", () => {
  it('carries the reference and institution in their language, and none of their answers', () => {
    const mail = copyMail(record, table, env)!;
    expect(mail.to).toBe('eve@example.fi');
    expect(mail.subject).toContain('ACDE3467');
    expect(mail.text).toContain('Careeria');
    expect(mail.text).toContain('Hej');
    for (const answer of ['Eve', 'onerror', 'instagram', 'kevät', 'Testikoulutus'])
      expect(mail.text + mail.html).not.toContain(answer);
  });
  it('is not sent without the box ticked or without an address', () => {
    expect(copyMail({ ...record, submission: { ...submission, sendCopy: false } }, table, env)).toBeUndefined();
    expect(copyMail({ ...record, submission: { ...submission, email: '' } }, table, env)).toBeUndefined();
  });
});

describe('webhook signatures', () => {
  it('follow the Standard Webhooks specification: the library verifies them, with the right secret only', () => {
    const secret = `whsec_${Buffer.from('s3cret-of-at-least-twenty-four-bytes').toString('base64')}`;
    const body = '{"a":1}';
    const headers = signWebhook(secret, 'ACDE3467', body);
    expect(headers['webhook-id']).toBe('ACDE3467');
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual({ a: 1 });
    expect(() => new Webhook(secret).verify('{"a":2}', { ...headers })).toThrow();
    const other = `whsec_${Buffer.from('another-secret-twenty-four-bytes').toString('base64')}`;
    expect(() => new Webhook(other).verify(body, { ...headers })).toThrow();
    const old = signWebhook(secret, 'ACDE3467', body, new Date(Date.now() - 3_600_000));
    expect(() => new Webhook(secret).verify(body, { ...old })).toThrow();
  });
  it('take their secret from WEBHOOK_SECRET_<ID>', () => {
    expect(secretName('vantaa-kerava')).toBe('WEBHOOK_SECRET_VANTAA_KERAVA');
  });
});
