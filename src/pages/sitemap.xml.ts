import type { APIRoute } from 'astro';
import { getRoutes } from '../data/page.ts';
import { locales } from '../i18n/locales.ts';
import { sitemapXml } from '../lib/sitemap.ts';

/** Every indexable page with its translations, built from the same route table as the pages. */
export const GET: APIRoute = async ({ site }) => {
  const routes = await getRoutes();
  const base = site ?? new URL('http://localhost:4321');
  return new Response(sitemapXml(routes, base, locales), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
