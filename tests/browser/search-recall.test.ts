/**
 * The queries of tests/fixtures/search-queries.json marked `test` (occupations,
 * synonyms, compound parts, inflected place names), run against the built
 * index in Chromium: each must find its page among the first five results.
 * `npm run bench:search` runs the whole set and prints recall.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { readQuerySet, topResults } from '../support/search-recall.ts';

const set = readQuerySet();

describeBrowser('search finds what people type', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(locales)('every test query in %s finds its page among the first five results', async (locale) => {
    const queries = set[locale].filter((q) => q.test);
    expect(queries.length).toBeGreaterThanOrEqual(10);
    const tops = await topResults(
      browser,
      inject('baseUrl'),
      locale,
      queries.map((q) => q.q),
    );
    const found = queries.map((q, i) => ({ q: q.q, expect: q.expect, top: tops[i] }));
    for (const r of found) expect(r.top, `"${r.q}" should find ${r.expect}`).toContain(r.expect);
  });

  it('shows the summary, not a list of search words, when only a search word matched', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/fi/haku/?q=huoltaja`);
    await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
    const card = page.locator('.finder-results .card').first();
    await card.waitFor();
    const summary = await card.locator('.card-summary').textContent();
    expect(summary).not.toContain('Hakusanat');
    expect(summary!.length).toBeGreaterThan(20);
    await context.close();
  });
});
