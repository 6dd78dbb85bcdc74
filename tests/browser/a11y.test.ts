/**
 * axe-core on every page kind in both languages, and on the form in its error
 * state and the search with results: no WCAG 2.1 A or AA violation.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { showFormErrors, showSearchResults } from '../support/interactions.ts';
import { pageOf, representativePages } from '../support/pages.ts';

const pages = representativePages();
const baseUrl = inject('baseUrl');
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

describeBrowser('accessibility (axe-core, WCAG 2.1 AA)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(pages.map((p) => [p.path, p.kind] as const))('%s (%s) has no violations', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it.each(['fi', 'sv'] as const)('the form in its error state (%s) has no violations', async (locale) => {
    const form = pageOf('interest', locale);
    expect(form, 'a form page').toBeDefined();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}${form!.path}`, { waitUntil: 'load' });
    await showFormErrors(page);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  it.each(['fi', 'sv'] as const)(
    'the search with results open (%s) has no violations',
    async (locale) => {
      const search = pageOf('search', locale);
      expect(search, 'a search page').toBeDefined();
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${baseUrl}${search!.path}`, { waitUntil: 'load' });
      await showSearchResults(page, locale);
      expect(await violations(page)).toEqual([]);
      await context.close();
      // The search page lists every training by region as well: axe takes longer on a busy machine.
    },
    120_000,
  );

  const mobileKinds = ['home', 'training', 'service', 'municipality', 'interest'];
  it.each((['fi', 'sv'] as const).flatMap((l) => mobileKinds.map((k) => [k, l] as const)))(
    'checks the mobile layout too (narrow screen, larger text): %s (%s)',
    async (kind, locale) => {
      const p = pageOf(kind, locale);
      expect(p, `a ${kind} page in ${locale}`).toBeDefined();
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(`${baseUrl}${p!.path}`, { waitUntil: 'load' });
      expect(await violations(page), p!.path).toEqual([]);
      await context.close();
    },
  );
});
