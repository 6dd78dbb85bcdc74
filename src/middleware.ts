/**
 * Security headers for answers rendered on demand. Netlify applies _headers
 * to files only, so the form's answers, the confirmation and the not-found
 * page add the same headers here, with the hashes of their own inline scripts.
 *
 * In a build, each prerendered page also passes the integrations that watch
 * pages (the search index, the CSP hashes; src/lib/prerendered.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { prerenderedPage, watchingPrerenderedPages } from './lib/prerendered.ts';
import { withSecurityHeaders } from './lib/security-headers.ts';

const utf8 = new TextDecoder();
const isHtml = (response: Response) => (response.headers.get('content-type') ?? '').includes('text/html');

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) {
    if (!watchingPrerenderedPages() || !isHtml(response)) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const html = utf8.decode(bytes);
    const seen = prerenderedPage(context.url.pathname, html);
    // Most pages pass unchanged: their bytes are written as rendered, not encoded a second time.
    return new Response(seen === html ? bytes : seen, { status: response.status, headers: response.headers });
  }
  const own = Object.fromEntries(response.headers);
  const body = isHtml(response) ? await response.text() : undefined;
  if (body !== undefined) own['content-type'] = 'text/html; charset=utf-8';
  return new Response(body ?? response.body, {
    status: response.status,
    headers: withSecurityHeaders(own, body),
  });
});
