/**
 * The security headers of public/_headers for responses that Netlify does not
 * give them to: a function's answer (an HTML page such as the form with its
 * errors or a confirmation) gets no custom headers from _headers, so a
 * function that returns HTML adds these itself. A unit test keeps this list
 * equal to the "/*" rule of public/_headers, which stays the one place to
 * change them. A page a function fills in from a built template keeps the
 * template's inline island scripts, so their hashes are added per response.
 */
import { addSources, inlineSources } from './csp.ts';

export const pageSecurityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; worker-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

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
