/**
 * Keyboard walk-throughs: the header (skip link first, then brand, language
 * switch, navigation, search), the language switch, the search and the form.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { mainForm, mainSearchBox, searchTerms, showSearchResults, waitForIslands } from '../support/interactions.ts';
import { focused, orderOf, tabWalk } from '../support/keyboard.ts';
import { pageOf } from '../support/pages.ts';

const baseUrl = inject('baseUrl');

describeBrowser('keyboard use', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(locales)(
    'the header (%s): skip link, brand, language switch, navigation, search, in that order',
    async (locale) => {
      const training = pageOf('training', locale)!;
      await page.goto(`${baseUrl}${training.path}`);
      const stops = await tabWalk(page, 40);
      const expected = [
        ...(await orderOf(page, 'a.skip-link')),
        ...(await orderOf(page, 'header.site-header a.brand')),
        ...(await orderOf(page, 'header.site-header [data-language-switch]')),
        // The default window is wide: the sections stand in the bar (the phone's menu is not displayed).
        ...(await orderOf(page, 'header.site-header nav.main-nav--bar a')),
        ...(await orderOf(
          page,
          'header.site-header form[role="search"] input, header.site-header form[role="search"] button',
        )),
      ];
      expect(expected.length).toBeGreaterThan(6);
      expect(stops.slice(0, expected.length).map((s) => s.index)).toEqual(expected);
      expect(stops[0]?.label).toBe('#main');
    },
  );

  it.each(locales)('the skip link (%s) moves focus to the main content', async (locale) => {
    await page.goto(`${baseUrl}${pageOf('home', locale)!.path}`);
    await page.keyboard.press('Tab');
    expect((await focused(page))?.label).toBe('#main');
    await page.keyboard.press('Enter');
    expect((await focused(page))?.label).toBe('main');
  });

  it.each(locales)(
    'the language switch (%s) leads with Enter to the same page in the other language',
    async (locale) => {
      const training = pageOf('training', locale)!;
      await page.goto(`${baseUrl}${training.path}`);
      const other = locales.find((l) => l !== locale)!;
      const alternate = await page.getAttribute(`link[rel="alternate"][hreflang="${other}"]`, 'href');
      expect(alternate).toBeTruthy();
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab'); // brand
      await page.keyboard.press('Tab'); // language switch
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-language-switch'))).toBe(true);
      await Promise.all([
        page.waitForURL((u) => u.pathname === new URL(alternate!).pathname),
        page.keyboard.press('Enter'),
      ]);
      expect(await page.getAttribute('html', 'lang')).toBe(other);
      const back = await page.getAttribute(`link[rel="alternate"][hreflang="${locale}"]`, 'href');
      expect(new URL(back!).pathname).toBe(training.path);
    },
  );

  it.each(locales)('the search (%s) is reachable by Tab, and so are its results', async (locale) => {
    const search = pageOf('search', locale)!;
    await page.goto(`${baseUrl}${search.path}`);
    if ((await mainSearchBox(page).count()) === 0) {
      console.warn('No search box in the search page yet: only the header search is walked.');
      const stops = await tabWalk(page, 60);
      const headerSearch = await orderOf(page, 'form[role="search"] input[type="search"]');
      expect(stops.map((s) => s.index)).toEqual(expect.arrayContaining(headerSearch));
      return;
    }
    await waitForIslands(page);
    const walk = await tabWalk(page, 80);
    const box = await orderOf(page, 'main [role="searchbox"], main input[type="search"]');
    expect(walk.map((s) => s.index)).toContain(box[0]);
    await showSearchResults(page, locale);
    // From the box, Tab reaches the first result link.
    await mainSearchBox(page).focus();
    const resultLinks = await page.locator('main a[href]').count();
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.matches('main a[href]') ?? false);
    }
    expect(resultLinks).toBeGreaterThan(0);
    expect(reached, `Tab reaches a result after typing "${searchTerms[locale]}"`).toBe(true);
  });

  it.each(locales)('the form (%s): Tab reaches every field and the submit button, in order', async (locale) => {
    const form = pageOf('interest', locale)!;
    await page.goto(`${baseUrl}${form.path}`);
    if ((await mainForm(page).count()) === 0) {
      console.warn('No form on the interest page yet: its keyboard walk is not tested here.');
      return;
    }
    await waitForIslands(page);
    const walk = (await tabWalk(page, 150)).map((s) => s.index);
    // Every field is a stop; of a radio group, one radio is (arrow keys move within it).
    const fields = await page.$$eval(
      'main form:not([role="search"]) :is(input:not([type="hidden"]), select, textarea, button[type="submit"], button:not([type]))',
      (els) => {
        const seenGroups = new Set<string>();
        const groups: number[][] = [];
        for (const el of els as HTMLInputElement[]) {
          // Disabled fields and anti-spam traps that people never see (tabindex -1, hidden) are no stops.
          if (el.disabled || el.tabIndex < 0 || el.closest('[aria-hidden="true"], [hidden]') || !el.checkVisibility())
            continue;
          const order = Number(el.getAttribute('data-kb-order'));
          if (el.type === 'radio') {
            if (seenGroups.has(el.name)) continue;
            seenGroups.add(el.name);
            const members = [...document.querySelectorAll(`input[type="radio"][name="${CSS.escape(el.name)}"]`)].map(
              (r) => Number(r.getAttribute('data-kb-order')),
            );
            groups.push(members);
          } else groups.push([order]);
        }
        return groups;
      },
    );
    expect(fields.length).toBeGreaterThan(3);
    const positions = fields.map((group) => walk.findIndex((i) => group.includes(i)));
    expect(
      positions.filter((p) => p === -1),
      'fields Tab never reaches',
    ).toEqual([]);
    expect(
      [...positions].sort((a, b) => a - b),
      'Tab order follows the form',
    ).toEqual(positions);
  });
});
