import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/local-server.ts';
import { pageSecurityHeaders, withSecurityHeaders } from '../../src/lib/security-headers.ts';

describe('security headers for function responses', () => {
  it('are exactly the "/*" rule of public/_headers', () => {
    const rules = parseHeadersFile(readFileSync('public/_headers', 'utf8'));
    const all = rules.find((r) => r.pattern.test('/fi/'));
    expect(all).toBeDefined();
    expect(Object.fromEntries(all!.headers)).toEqual(pageSecurityHeaders);
  });

  it("keep a response's own headers", () => {
    const h = withSecurityHeaders({ 'Content-Type': 'text/html; charset=utf-8' });
    expect(h['Content-Type']).toBe('text/html; charset=utf-8');
    expect(h['X-Frame-Options']).toBe('DENY');
  });
});
