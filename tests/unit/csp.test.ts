import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addSources, completeHeadersFile, inlineSources } from '../../src/lib/csp.ts';

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
