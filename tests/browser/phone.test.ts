/**
 * The jobseeker on a phone (375 × 812 and 320 px wide), in both languages: a
 * compact header, results before filters, no sideways scrolling on any page
 * kind, a menu and a header search that work without JavaScript, and a
 * one-row header on a desktop screen.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { locales, type Locale } from '../../src/i18n/locales.ts';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { showFormErrors } from '../support/interactions.ts';
import { pageOf, representativePages } from '../support/pages.ts';

const baseUrl = inject('baseUrl');
const screenHeight = 812;
const widths = [375, 320] as const;
/** A query that finds trainings in each language. */
const queries: Record<Locale, string> = { fi: 'hoitaja', sv: 'vård' };

describeBrowser('on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function phone(width: number, javaScriptEnabled = true): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width, height: screenHeight }, javaScriptEnabled });
    return { context, page: await context.newPage() };
  }

  /** Top of the first result link, from the top of the page, once results show. */
  async function firstResultTop(page: Page, selector: string): Promise<number> {
    const link = page.locator(selector).first();
    await link.waitFor({ state: 'visible', timeout: 15_000 });
    return page.evaluate((el) => el!.getBoundingClientRect().top + scrollY, await link.elementHandle());
  }

  for (const width of widths) {
    it.each(locales)(`the header takes at most 0.15 × 812 px at ${width} px wide (%s)`, async (locale) => {
      const { context, page } = await phone(width);
      for (const kind of ['home', 'trainingsList', 'training', 'search', 'page']) {
        const p = pageOf(kind, locale);
        expect(p, kind).toBeDefined();
        await page.goto(`${baseUrl}${p!.path}`);
        const header = await page.locator('header.site-header').boundingBox();
        expect(header!.height, `${p!.path} header height`).toBeLessThanOrEqual(screenHeight * 0.15);
        // The owners are named, and the search box has a name even though its label is not shown.
        expect(await page.locator('header .brand-owner').isVisible()).toBe(true);
        const box = page.locator('header form[role="search"]').getByRole('searchbox');
        expect(await box.isVisible()).toBe(true);
        expect((await box.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim()).not.toBe(
          '',
        );
      }
      await context.close();
    });

    it.each(locales)(
      `the first training and the first search result are on the first screen at ${width} px (%s)`,
      async (locale) => {
        const { context, page } = await phone(width);
        await page.goto(`${baseUrl}${pageOf('trainingsList', locale)!.path}`);
        const listTop = await firstResultTop(page, 'main .card-title a');
        expect(listTop).toBeLessThan(screenHeight);
        // The count comes before the filters, and the filters are closed.
        expect(await page.locator('.finder-status').textContent()).toMatch(/\d+/);
        expect(await page.locator('details.finder-filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
          false,
        );

        const search = pageOf('search', locale)!;
        await page.goto(`${baseUrl}${search.path}?q=${encodeURIComponent(queries[locale])}`);
        const searchTop = await firstResultTop(page, '.finder-results .card-title a');
        expect(searchTop).toBeLessThan(screenHeight);
        await context.close();
      },
    );
  }

  it.each(locales)(
    'the filter disclosure says how many filters are on, and each facet that it opens (%s)',
    async (locale) => {
      const { context, page } = await phone(375);
      await page.goto(`${baseUrl}${pageOf('trainingsList', locale)!.path}`);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      const filters = page.locator('details.finder-filters');
      await filters.locator('> summary').click();
      const facet = page.locator('.facet').first();
      // Closed, a facet says how many choices it holds.
      expect(await facet.locator('> summary').textContent()).toMatch(/\d+/);
      await facet.locator('> summary').click();
      await facet.locator('input[type=checkbox]').first().check();
      await expect
        .poll(() => filters.locator('> summary .finder-badge').textContent())
        .toMatch(locale === 'fi' ? /^Valittuna: 1$/ : /^Valda: 1$/);
      // "Show results" closes the filters and takes the reader to the results.
      await page.locator('.finder-filter-actions button[type="submit"]').click();
      await expect.poll(() => filters.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      const top = await firstResultTop(page, '.finder-results .card-title a');
      expect(top - (await page.evaluate(() => scrollY))).toBeLessThan(screenHeight);
      await context.close();
    },
  );

  it('no page kind scrolls sideways or breaks its title mid-word at 320 px, in either language', async () => {
    const { context, page } = await phone(320);
    const wide: string[] = [];
    const broken: string[] = [];
    for (const p of representativePages()) {
      await page.goto(`${baseUrl}${p.path}`, { waitUntil: 'load' });
      const { sw, iw } = await page.evaluate(() => ({
        sw: document.scrollingElement!.scrollWidth,
        iw: window.innerWidth,
      }));
      if (sw > iw) wide.push(`${p.path} (${p.kind}): ${sw} > ${iw}`);
      // The title's words stay whole: a word laid out on two lines has two boxes.
      const split = await page.evaluate(() => {
        const h1 = document.querySelector('h1');
        const text = h1?.firstChild;
        if (!text || text.nodeType !== Node.TEXT_NODE) return [];
        const words = [...(text.textContent ?? '').matchAll(/[^\s\-–/]+/g)];
        return words
          .filter((m) => {
            const range = document.createRange();
            range.setStart(text, m.index);
            range.setEnd(text, m.index + m[0].length);
            return range.getClientRects().length > 1;
          })
          .map((m) => m[0]);
      });
      if (split.length) broken.push(`${p.path}: ${split.join(', ')}`);
    }
    // Search results too: long words in titles and excerpts must wrap.
    for (const locale of locales) {
      await page.goto(`${baseUrl}${pageOf('search', locale)!.path}?q=${encodeURIComponent(queries[locale])}`);
      await page.locator('.finder-results .card-title a').first().waitFor({ timeout: 15_000 });
      const sw = await page.evaluate(() => document.scrollingElement!.scrollWidth);
      if (sw > 320) wide.push(`search results (${locale}): ${sw} > 320`);
    }
    expect(representativePages().length).toBeGreaterThan(20);
    expect(wide).toEqual([]);
    expect(broken, 'titles broken inside a word').toEqual([]);
    await context.close();
  }, 180_000);

  it.each(locales)('without JavaScript the header search leads to every training by region (%s)', async (locale) => {
    const { context, page } = await phone(375, false);
    await page.goto(`${baseUrl}${pageOf('training', locale)!.path}`);
    const box = page.locator('header form[role="search"]').getByRole('searchbox');
    await box.fill(queries[locale]);
    await Promise.all([page.waitForURL(/[?&]q=/), box.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(pageOf('search', locale)!.path);
    const main = page.locator('main');
    // Region pages and the trainings themselves, all visible and followable.
    const regionLinks = main.locator(
      `.region-directory a[href^="/${locale}/"][href*="/${locale === 'fi' ? 'alueet' : 'regioner'}/"]`,
    );
    expect(await regionLinks.count()).toBeGreaterThan(2);
    expect(await regionLinks.first().isVisible()).toBe(true);
    const trainingLinks = main.locator(
      `.region-directory a[href*="/${locale === 'fi' ? 'koulutukset' : 'utbildningar'}/"]`,
    );
    expect(await trainingLinks.count()).toBeGreaterThan(5);
    await Promise.all([page.waitForURL(/\/(koulutukset|utbildningar)\/.+/), trainingLinks.first().click()]);
    expect(await page.locator('h1').isVisible()).toBe(true);
    await context.close();
  });

  it.each(locales)(
    'without JavaScript the trainings list filters lead to results, not a dead end (%s)',
    async (locale) => {
      const { context, page } = await phone(375, false);
      await page.goto(`${baseUrl}${pageOf('trainingsList', locale)!.path}`);
      await page.locator('details.finder-filters > summary').click();
      await page.locator('.facet > summary').first().click();
      await page.locator('.facet input[type=checkbox]').first().check();
      await Promise.all([page.waitForURL(/\?/), page.locator('.finder-filter-actions button[type="submit"]').click()]);
      const links = page.locator('main .region-directory a[href]');
      expect(await links.count()).toBeGreaterThan(5);
      expect(await links.first().isVisible()).toBe(true);
      await context.close();
    },
  );

  it.each(locales)('the menu opens and closes with the keyboard, without JavaScript (%s)', async (locale) => {
    const { context, page } = await phone(375, false);
    await page.goto(`${baseUrl}${pageOf('training', locale)!.path}`);
    const summary = page.locator('header details.menu > summary');
    const firstLink = page.locator('header nav.main-nav--menu a').first();
    expect(await firstLink.isVisible()).toBe(false);
    let guard = 0;
    while (!(await summary.evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
      if (++guard > 10) throw new Error('The menu button is not reached with Tab');
    }
    await page.keyboard.press('Enter');
    expect(await firstLink.isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await firstLink.evaluate((el) => el === document.activeElement)).toBe(true);
    await summary.focus();
    await page.keyboard.press('Space');
    expect(await firstLink.isVisible()).toBe(false);
    await context.close();
  });

  it.each(locales)('an error-summary link brings the field with its label into view (%s)', async (locale) => {
    const { context, page } = await phone(375);
    await page.goto(`${baseUrl}${pageOf('interest', locale)!.path}`);
    expect(await showFormErrors(page)).toBe(true);
    const links = page.locator('[role="alert"] a[href^="#"]');
    const n = await links.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const link = links.nth(i);
      const id = (await link.getAttribute('href'))!.slice(1);
      await link.click();
      const box = await page.evaluate((id) => {
        const control = document.getElementById(id)!;
        const group = control.closest('fieldset') ?? control;
        const label = group === control ? (control as HTMLInputElement).labels?.[0] : group.querySelector('legend');
        return { labelTop: label!.getBoundingClientRect().top, controlBottom: control.getBoundingClientRect().bottom };
      }, id);
      expect(box.labelTop, `label of #${id}`).toBeGreaterThanOrEqual(0);
      expect(box.controlBottom, `#${id}`).toBeLessThanOrEqual(screenHeight);
    }
    await context.close();
  });
});

describeBrowser('on a desktop screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(locales)('the header is one row at 1280 px (%s)', async (locale) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${pageOf('training', locale)!.path}`);
    expect(await page.locator('header details.menu').isVisible()).toBe(false);
    const centres = await page.$$eval(
      'header .brand-name, header [data-language-switch], header nav.main-nav--bar a, header form[role="search"] :is(input, button)',
      (els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { visible: r.width > 0, middle: r.top + r.height / 2 };
        }),
    );
    expect(centres.length).toBeGreaterThan(8);
    expect(centres.every((c) => c.visible)).toBe(true);
    const middles = centres.map((c) => c.middle);
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(24);
    // Side by side, none over another and none off the screen.
    const boxes = await page.$$eval(
      'header .brand, header .language-switch, header nav.main-nav--bar li, header form[role="search"]',
      (els) => els.map((el) => el.getBoundingClientRect()).map(({ left, right }) => ({ left, right })),
    );
    const sorted = [...boxes].sort((a, b) => a.left - b.left);
    sorted.slice(1).forEach((box, i) => expect(box.left).toBeGreaterThanOrEqual(sorted[i]!.right));
    expect(sorted.at(-1)!.right).toBeLessThanOrEqual(1280);
    expect(sorted[0]!.left).toBeGreaterThanOrEqual(0);
    const header = await page.locator('header.site-header').boundingBox();
    expect(header!.height).toBeLessThan(100);
    await context.close();
  });
});
