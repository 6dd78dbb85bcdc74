import { describe, expect, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';
import { buildRoutes } from '../../src/lib/routes.ts';
import { sitemapXml } from '../../src/lib/sitemap.ts';

const routes = buildRoutes(loadContentDir('tests/fixtures/content'));
const xml = sitemapXml(routes, new URL('https://polku.example/'), locales);
const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => ({
  loc: /<loc>(.*?)<\/loc>/.exec(m[1]!)![1]!,
  alternates: Object.fromEntries([...m[1]!.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((a) => [a[1], a[2]])),
}));

describe('sitemap', () => {
  it('is a sitemap with the xhtml namespace for alternates', () => {
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/,
    );
    expect(xml.trimEnd().endsWith('</urlset>')).toBe(true);
  });

  it('lists the entry page and every indexable page once, with absolute addresses', () => {
    const expected = [
      'https://polku.example/',
      ...routes.filter((r) => r.indexable).map((r) => `https://polku.example${r.path}`),
    ];
    expect(urls.map((u) => u.loc).sort()).toEqual(expected.sort());
  });

  it('leaves out search and 404 pages', () => {
    expect(xml).not.toContain('/fi/haku/');
    expect(xml).not.toContain('/404/');
  });

  it('names every translation of each page and the x-default', () => {
    for (const route of routes.filter((r) => r.indexable)) {
      const entry = urls.find((u) => u.loc === `https://polku.example${route.path}`)!;
      expect(entry.alternates).toEqual({
        fi: `https://polku.example${route.alternates.fi}`,
        sv: `https://polku.example${route.alternates.sv}`,
        'x-default': 'https://polku.example/',
      });
    }
    expect(urls[0]!.alternates).toEqual({ fi: 'https://polku.example/fi/', sv: 'https://polku.example/sv/' });
  });

  it('escapes addresses for XML', () => {
    const odd = sitemapXml([{ ...routes[0]!, path: '/fi/a&b/' }], new URL('https://polku.example/'), locales);
    expect(odd).toContain('/fi/a&amp;b/');
    expect(odd).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
  });
});
