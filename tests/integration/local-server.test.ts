/**
 * The local server as a hostile client meets it: paths that try to leave
 * dist/, malformed escapes, methods a file does not take, a Host header that
 * is not ours, and a body far over the limit, which is refused without being
 * read whole. Raw HTTP, so nothing normalizes the request on the way.
 */
import { request as httpRequest } from 'node:http';
import { expect, inject, it } from 'vitest';
import { maxRequestBytes } from '../../scripts/local-server.ts';

const base = new URL(inject('baseUrl'));

function raw(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: { chunks: number; size: number },
  text?: string,
): Promise<{ status: number; text: string; sent: number }> {
  return new Promise((ok, fail) => {
    let sent = 0;
    const req = httpRequest({ host: base.hostname, port: base.port, method, path, headers }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => ok({ status: res.statusCode ?? 0, text, sent }));
    });
    req.on('error', fail);
    if (text !== undefined) return void req.end(text);
    if (!body) return void req.end();
    const chunk = Buffer.alloc(body.size, 0x61);
    const write = (n: number) => {
      if (n === 0 || req.destroyed) return void req.end();
      sent += chunk.length;
      if (req.write(chunk)) write(n - 1);
      else req.once('drain', () => write(n - 1));
    };
    req.on('response', () => req.destroy());
    write(body.chunks);
  });
}

it.each([
  ['an encoded ../ prefix', '/..%2f..%2fpackage.json'],
  ['an encoded ../ inside', '/fi/..%2f..%2f..%2fpackage.json'],
  ['a plain ../', '/../package.json'],
  ['a backslash', '/fi/..%5c..%5cpackage.json'],
  ['a NUL', '/fi/%00.html'],
])('never serves a file outside the site for %s', async (_name, path) => {
  const { status, text } = await raw('GET', path);
  expect([400, 404]).toContain(status);
  expect(text).not.toContain('"devDependencies"');
});

it('answers a malformed escape with 400, not 500', async () => {
  expect((await raw('GET', '/fi/%E0%A4%A')).status).toBe(400);
});

it.each(['TRACE', 'DELETE', 'PUT'])('answers %s on a page with 405 and Allow', async (method) => {
  expect((await raw(method, '/fi/')).status).toBe(405);
});

it('ignores a Host header that is not its own', async () => {
  const { status } = await raw('GET', '/fi/', { Host: '../../evil.example' });
  expect(status).toBe(200);
});

/** The form as a browser without JavaScript posts it, with the municipality left out. */
const formWithoutMunicipality = new URLSearchParams({
  locale: 'fi',
  name: 'Testi Henkilö',
  phone: '040 123 4567',
  contactLanguage: 'fi',
  consent: 'on',
}).toString();

it.each(['localhost', '127.0.0.1'])(
  'takes the form without JavaScript from a page opened at %s, and answers with the form and its errors',
  async (name) => {
    const own = `${name}:${base.port}`;
    const { status, text } = await raw(
      'POST',
      '/api/interest',
      {
        Host: own,
        Origin: `http://${own}`,
        'content-type': 'application/x-www-form-urlencoded',
        'content-length': String(Buffer.byteLength(formWithoutMunicipality)),
      },
      undefined,
      formWithoutMunicipality,
    );
    expect(status, text.slice(0, 200)).toBe(422);
    expect(text).toContain('Valitse kotikuntasi.');
  },
);

it('still refuses a form posted from another site', async () => {
  const { status } = await raw(
    'POST',
    '/api/interest',
    {
      Host: `localhost:${base.port}`,
      Origin: 'http://evil.example',
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': String(Buffer.byteLength(formWithoutMunicipality)),
    },
    undefined,
    formWithoutMunicipality,
  );
  expect(status).toBe(403);
});

it.each([
  ['/fi/tapahtumat/', '/fi/infotilaisuudet/'],
  ['/fi/tapahtumat', '/fi/infotilaisuudet/'],
  ['/fi/tapahtumat/arkisto/', '/fi/infotilaisuudet/arkisto/'],
  ['/sv/evenemang/', '/sv/infotillfallen/'],
  ['/sv/evenemang/arkiv/', '/sv/infotillfallen/arkiv/'],
])("sends a link to the info sessions' old address %s on to %s", async (from, to) => {
  const first = await fetch(new URL(from, base), { redirect: 'manual' });
  expect(first.status).toBe(301);
  // Where the reader ends up, after any slash the server adds.
  const landed = await fetch(new URL(from, base));
  expect(landed.status).toBe(200);
  expect(new URL(landed.url).pathname).toBe(to);
});

it('refuses a body over 1 MiB with 413 before reading it whole', async () => {
  // 200 chunks of 1 MiB would be 200 MiB; the server answers after the first.
  const { status, sent } = await raw(
    'POST',
    '/api/interest',
    { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    { chunks: 200, size: 1024 * 1024 },
  );
  expect(status).toBe(413);
  expect(sent).toBeLessThan(200 * 1024 * 1024);
  expect(maxRequestBytes).toBe(1024 * 1024);
});
