/**
 * Security headers for answers rendered on demand. Netlify applies _headers
 * to files only, so the form's answers, the confirmation and the not-found
 * page add the same headers here, with the hashes of their own inline scripts.
 */
import { defineMiddleware } from 'astro:middleware';
import { withSecurityHeaders } from './lib/security-headers.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (context.isPrerendered) return response;
  const own = Object.fromEntries(response.headers);
  const isHtml = (response.headers.get('content-type') ?? '').includes('text/html');
  if (isHtml) own['content-type'] = 'text/html; charset=utf-8';
  const body = isHtml ? await response.text() : undefined;
  return new Response(body ?? response.body, {
    status: response.status,
    headers: withSecurityHeaders(own, body),
  });
});
