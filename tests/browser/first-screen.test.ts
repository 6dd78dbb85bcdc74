/**
 * A jobseeker on a phone can act at once: on every training and service
 * page, at 375×812 and 320×812, the key facts and the interest button set to
 * that item are on the first screen, and the button comes again at the end.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { locales, queryParams } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { siteRoutes } from '../support/dist.ts';

const screenHeight = 812;
const widths = [375, 320];
const pages = siteRoutes().filter((r) => r.kind === 'training' || r.kind === 'service');

interface Layout {
  actions: Array<{ top: number; bottom: number; href: string }>;
  facts: { top: number; bottom: number; labels: string[] } | undefined;
  proseBottom: number;
  pageHeight: number;
}

/** Positions from the top of the page, read at the top of the page as a reader first sees it. */
function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
    };
    const facts = document.querySelector('main [data-key-facts] dl');
    const prose = document.querySelector('main .prose');
    return {
      actions: [...document.querySelectorAll('main a[data-interest-link]')].map((a) => ({
        ...box(a),
        href: a.getAttribute('href') ?? '',
      })),
      facts: facts
        ? { ...box(facts), labels: [...facts.querySelectorAll('dt')].map((dt) => dt.textContent?.trim() ?? '') }
        : undefined,
      proseBottom: prose ? box(prose).bottom : Number.NaN,
      pageHeight: document.documentElement.scrollHeight,
    };
  });
}

describeBrowser('acting at once on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('covers trainings and services in both languages', () => {
    for (const kind of ['training', 'service'])
      for (const l of locales)
        expect(
          pages.some((p) => p.kind === kind && p.locale === l),
          `${kind} ${l}`,
        ).toBe(true);
  });

  it.each(pages.flatMap((route) => widths.map((width) => [route.path, width, route] as const)))(
    '%s at %i px: key facts and the interest button on the first screen, the button again at the end',
    async (_, width, route) => {
      const context = await browser.newContext({ viewport: { width, height: screenHeight } });
      const page = await context.newPage();
      const t = useTranslations(route.locale);
      await page.goto(`${inject('baseUrl')}${route.path}`, { waitUntil: 'load' });
      const at = `${route.path} at ${width} px`;
      const { actions, facts, proseBottom, pageHeight } = await layout(page);

      const param = queryParams[route.kind === 'training' ? 'training' : 'service'][route.locale];
      const first = actions[0]!;
      expect(first, at).toBeDefined();
      expect(first.href, at).toContain(`?${param}=${route.id}`);
      expect(first.top, at).toBeLessThan(screenHeight);
      expect(await page.locator('main a[data-interest-link]').first().textContent()).toBe(t('interest.cta'));

      expect(facts, at).toBeDefined();
      expect(facts!.top, at).toBeGreaterThan(0);
      expect(facts!.bottom, at).toBeLessThanOrEqual(first.top);
      const expected =
        route.kind === 'training'
          ? [t('facts.start'), t('facts.cost'), t('facts.language'), t('facts.where')]
          : [t('facts.serviceType'), t('facts.language'), t('facts.where')];
      expect(facts!.labels, at).toEqual(expect.arrayContaining(expected));
      if (route.kind === 'training')
        expect(
          facts!.labels.some((l) => l === t('facts.applyBy') || l === t('facts.applicationPeriod')),
          at,
        ).toBe(true);

      // The same action again after the text, for the reader who read it all.
      const last = actions.at(-1)!;
      expect(actions.length, at).toBeGreaterThanOrEqual(2);
      expect(last.href, at).toBe(first.href);
      expect(last.top, at).toBeGreaterThan(proseBottom);
      expect(last.top, at).toBeGreaterThan(pageHeight - 2 * screenHeight);
      await context.close();
    },
  );
});
