import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseAllHeaders } from '@netlify/headers-parser';
import { addSources, completeHeadersFile, disjointPolicies, inlineSources } from '../../src/lib/csp.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('CSP hashes of inline blocks', () => {
  it('hashes inline scripts and styles, not external scripts or data blocks', () => {
    const html =
      '<style>astro-island{display:contents}</style><script>(()=>{})()</script>' +
      '<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"a":1}</script>' +
      '<script type="module">import "/x.js"</script>';
    const found = inlineSources(html);
    expect(found.scripts).toEqual([sha('(()=>{})()'), sha('import "/x.js"')]);
    expect(found.styles).toEqual([sha('astro-island{display:contents}')]);
    expect(found.problems).toEqual([]);
  });

  it('reports what no hash can allow', () => {
    const found = inlineSources(
      '<p style="color:red">x</p><button onclick="go()">y</button><a href="javascript:void 0">z</a>',
    );
    expect(found.problems).toHaveLength(3);
  });

  it('adds sources to the right directive once', () => {
    expect(addSources("default-src 'none'; script-src 'self'", 'script-src', ["'sha256-a'", "'self'"])).toBe(
      "default-src 'none'; script-src 'self' 'sha256-a'",
    );
    expect(addSources("default-src 'none'", 'style-src', ["'sha256-b'"])).toBe(
      "default-src 'none'; style-src 'sha256-b'",
    );
  });

  it("leaves a directive that allows 'unsafe-inline' alone: a hash there would switch it off", () => {
    const policy = "style-src 'self' 'unsafe-inline'; script-src 'self'";
    expect(addSources(policy, 'style-src', ["'sha256-b'"])).toBe(policy);
    expect(addSources(policy, 'script-src', ["'sha256-a'"])).toBe(
      "style-src 'self' 'unsafe-inline'; script-src 'self' 'sha256-a'",
    );
  });

  it('completes the policy lines of a _headers file and leaves the rest', () => {
    const text = "/*\n  Content-Security-Policy: script-src 'self'; style-src 'self'\n  X-Frame-Options: DENY\n";
    expect(completeHeadersFile(text, { scripts: ["'sha256-s'"], styles: [] })).toBe(
      "/*\n  Content-Security-Policy: script-src 'self' 'sha256-s'; style-src 'self'\n  X-Frame-Options: DENY\n",
    );
  });
});

describe('one Content-Security-Policy per address', () => {
  it('moves the site policy off "/*" onto each top-level path that has none of its own', () => {
    const text = [
      '/*',
      "  Content-Security-Policy: default-src 'none'",
      '  X-Frame-Options: DENY',
      '',
      '/admin/*',
      "  Content-Security-Policy: default-src 'self'",
      '',
    ].join('\n');
    const out = disjointPolicies(text, [
      { name: 'fi', dir: true },
      { name: 'fi-ohje.html', dir: false },
      { name: 'admin', dir: true },
      { name: 'index.html', dir: false },
      { name: '_headers', dir: false },
    ]);
    expect(out).toBe(
      [
        '/*',
        '  X-Frame-Options: DENY',
        '',
        '# The site policy of "/*", one rule per top-level path of the build (src/lib/csp.ts).',
        '/',
        "  Content-Security-Policy: default-src 'none'",
        '',
        '/fi/*',
        "  Content-Security-Policy: default-src 'none'",
        '',
        '/index.html',
        "  Content-Security-Policy: default-src 'none'",
        '',
        '/admin/*',
        "  Content-Security-Policy: default-src 'self'",
        '',
      ].join('\n'),
    );
  });

  it("in the built site, read with Netlify's parser, every address matches exactly one policy", async () => {
    const dist = 'dist';
    const { headers, errors } = await parseAllHeaders({
      headersFiles: [join(dist, '_headers')],
      configHeaders: [],
      minimal: false,
    });
    expect(errors).toEqual([]);
    const withPolicy = (headers as Array<{ forRegExp: RegExp; values: Record<string, string> }>).filter((rule) =>
      Object.keys(rule.values).some((name) => name.toLowerCase() === 'content-security-policy'),
    );
    const files = (
      readdirSync(dist, { recursive: true, withFileTypes: true }) as Array<{
        name: string;
        parentPath: string;
        isFile(): boolean;
      }>
    )
      .filter((e) => e.isFile() && e.name !== '_headers' && e.name !== '_redirects')
      .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`);
    // Pages are asked for by their folder's address too.
    const addresses = [
      ...files,
      ...files.filter((f) => f.endsWith('/index.html')).map((f) => f.slice(0, -'index.html'.length)),
    ];
    expect(addresses.length).toBeGreaterThan(100);
    const policiesOf = (address: string) => withPolicy.filter((rule) => rule.forRegExp.test(address));
    const wrong = addresses.filter((address) => policiesOf(address).length !== 1);
    expect(wrong).toEqual([]);
    // The editor's policy (blob: previews) under /admin/ only, the site's everywhere else.
    const isEditors = (address: string) => Object.values(policiesOf(address)[0]!.values).join().includes('blob:');
    expect(addresses.filter(isEditors).every((address) => address.startsWith('/admin/'))).toBe(true);
    expect(isEditors('/admin/')).toBe(true);
    expect(isEditors('/index.html')).toBe(false);
  });
});
