/**
 * Posters and campaign QR codes as people meet them: the poster printed by
 * Chromium on one A4 sheet, its QR code read back from a screenshot, and each
 * campaign's QR image decoded to its short link.
 */
import { readFileSync } from 'node:fs';
import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { loadCampaigns, shortPath } from '../../src/lib/campaigns.ts';
import { contentDirFromEnv, loadContentDir } from '../../src/lib/content-files.ts';
import { findRoute } from '../../src/lib/routes.ts';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { fileFor, readPage, siteRoutes } from '../support/dist.ts';

const baseUrl = inject('baseUrl');
const catalog = loadContentDir(contentDirFromEnv());
const routes = siteRoutes();

function decodeQr(png: Buffer): string | undefined {
  const image = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

describeBrowser('posters and campaign QR codes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Every session once, the languages taking turns (each poster takes a few seconds to print).
  it.each(catalog.events.map((e, i) => [locales[i % locales.length]!, e.id] as const))(
    'the %s poster of %s: QR code opens the session with it as the source; one A4 page, no JavaScript',
    async (locale, id) => {
      const poster = findRoute(routes, locale, 'eventPoster', id).path;
      const context = await browser.newContext({ viewport: { width: 900, height: 1300 } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${poster}`, { waitUntil: 'load' });
      const code = await page.locator('.poster-code svg').screenshot();
      const data = decodeQr(code);
      expect(data, 'a readable QR code').toBeDefined();
      const url = new URL(data!);
      expect(url.pathname).toBe(findRoute(routes, locale, 'event', id).path);
      expect(fileFor(url.pathname)).toBeDefined();
      expect(url.searchParams.get(locale === 'fi' ? 'lahde' : 'källa')).toBe(`info-session:${id}`);

      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      expect(pages.length, 'printed pages').toBe(1);
      // A4 in points: 595 × 842.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45](?:\.\d+)? 84[12](?:\.\d+)?\s*\]/);

      const html = readPage(poster);
      expect(html.noindex).toBe(true);
      expect(html.html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/);
      await context.close();
    },
  );

  it('prints a bilingual poster for a session in a bilingual town, and a Finnish one otherwise', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}${findRoute(routes, 'fi', 'eventPoster', 'kaksikielinen-info-porvoo').path}`);
    expect((await page.locator('h1').textContent())?.trim()).toBe('Iltainfo Porvoossa ruotsiksi ja suomeksi');
    expect((await page.locator('[lang="sv"] h2').textContent())?.trim()).toBe(
      'Kvällsinfo i Borgå på svenska och finska',
    );
    await page.goto(`${baseUrl}${findRoute(routes, 'fi', 'eventPoster', 'kohti-tyota-info-kuhmo').path}`);
    expect(await page.locator('.poster-block').count()).toBe(1);
    await context.close();
  });

  it('decodes every campaign QR code (SVG and PNG) to its short link', async () => {
    const context = await browser.newContext({ viewport: { width: 600, height: 600 } });
    const page = await context.newPage();
    for (const c of loadCampaigns(contentDirFromEnv())) {
      const png = readFileSync(fileFor(`/i/${c.code}/qr.png`)!);
      expect(new URL(decodeQr(png)!).pathname, `${c.code} PNG`).toBe(shortPath(c.code));
      await page.goto(`${baseUrl}/i/${c.code}/qr.svg`);
      expect(new URL(decodeQr(await page.screenshot())!).pathname, `${c.code} SVG`).toBe(shortPath(c.code));
    }
    await context.close();
  });
});
