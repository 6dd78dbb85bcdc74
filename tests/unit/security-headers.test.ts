import { parseAllHeaders } from '@netlify/headers-parser';
import { describe, expect, it } from 'vitest';
import { pageSecurityHeaders, withSecurityHeaders } from '../../src/lib/security-headers.ts';

describe('security headers for function responses', () => {
  it('are the "/*" rule of public/_headers as Netlify reads it', async () => {
    const { headers } = await parseAllHeaders({ headersFiles: ['public/_headers'], configHeaders: [], minimal: true });
    expect(pageSecurityHeaders).toEqual(headers.find((h) => h.for === '/*')?.values);
    expect(pageSecurityHeaders['Content-Security-Policy']).toContain("default-src 'none'");
  });

  it("keep a response's own headers", () => {
    const h = withSecurityHeaders({ 'Content-Type': 'text/html; charset=utf-8' });
    expect(h['Content-Type']).toBe('text/html; charset=utf-8');
    expect(h['X-Frame-Options']).toBe('DENY');
  });
});
