import type { Locale } from '../i18n/locales.ts';
import type { Route } from './routes.ts';

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sitemap in which each page names its translations with xhtml:link, as search engines expect. */
export function sitemapXml(routes: readonly Route[], site: URL, locales: readonly Locale[]): string {
  const abs = (path: string) => escapeXml(new URL(path, site).href);
  const entries = [
    `  <url>\n    <loc>${abs('/')}</loc>\n` +
      locales.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${abs(`/${l}/`)}"/>\n`).join('') +
      `  </url>`,
    ...routes
      .filter((r) => r.indexable)
      .map(
        (r) =>
          `  <url>\n    <loc>${abs(r.path)}</loc>\n` +
          locales
            .map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${abs(r.alternates[l])}"/>\n`)
            .join('') +
          `    <xhtml:link rel="alternate" hreflang="x-default" href="${abs('/')}"/>\n  </url>`,
      ),
  ];
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n` +
    entries.join('\n') +
    `\n</urlset>\n`
  );
}
