/**
 * The security headers of public/_headers for responses that Netlify does not
 * give them to: a function's answer (an HTML page such as the form with its
 * errors or a confirmation) gets no custom headers from _headers, so a
 * function that returns HTML adds these itself. The build reads them from the
 * "/*" rule of public/_headers, which stays the one place to change them. A page a function fills in from a built template keeps the
 * template's inline island scripts, so their hashes are added per response.
 */
import pageHeaders from '../generated/page-headers.json' with { type: 'json' };
import { addSources, inlineSources } from './csp.ts';

/** The "/*" rule of public/_headers, written by the build with Netlify's own parser. */
export const pageSecurityHeaders: Readonly<Record<string, string>> = pageHeaders;

/** Adds the security headers to a function's response headers (its own values win); `html` is the page it sends. */
export function withSecurityHeaders(headers: Record<string, string> = {}, html?: string): Record<string, string> {
  const all = { ...pageSecurityHeaders, ...headers };
  if (html !== undefined) {
    const { scripts, styles } = inlineSources(html);
    all['Content-Security-Policy'] = addSources(
      addSources(all['Content-Security-Policy'] ?? '', 'script-src', scripts),
      'style-src',
      styles,
    );
  }
  return all;
}
