/**
 * The pages rendered on demand, as a person meets them: the confirmation
 * page of each language with a reference, and the form answered again
 * without JavaScript. The same checks as the built pages: security headers,
 * no CSP violation, nothing from another origin, no axe violation.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { thanksUrl } from '../../src/lib/interest/paths.ts';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { mainForm } from '../support/interactions.ts';
import { pageOf } from '../support/pages.ts';
import { watchContext } from '../support/watch.ts';

const baseUrl = inject('baseUrl');
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describeBrowser('pages rendered on demand', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['fi', 'sv'] as const)(
    'the confirmation page (%s) names the institution and how to reach it',
    async (locale) => {
      const context = await browser.newContext();
      const watch = await watchContext(context, baseUrl);
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}${thanksUrl(locale, 'ACDE3467', 'careeria')}`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'/);
      expect(response?.headers()['x-robots-tag']).toBe('noindex');
      expect(await page.getAttribute('html', 'lang')).toBe(locale);
      await expect.poll(() => page.locator('[data-interest-reference]').textContent()).toBe('ACDE3467');
      expect(await page.locator('[data-interest-contact] a[href^="tel:"]').count()).toBe(1);
      expect(await page.locator('[data-interest-contact] a[href^="mailto:"]').count()).toBe(1);
      expect(await watch.cspViolations(page)).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      const axe = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await context.close();
    },
  );

  it('an institution id that is not one ("__proto__", "constructor") is no institution', async () => {
    for (const id of ['__proto__', 'constructor']) {
      const response = await fetch(`${baseUrl}${thanksUrl('fi', 'ACDE3467', id)}`);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).not.toContain('undefined');
      expect(html).toContain('Sinuun ottaa yhteyttä oppilaitos, joka palvelee kuntasi asukkaita.');
    }
  });

  it.each(['fi', 'sv'] as const)('the form answered again without JavaScript (%s) keeps the values', async (locale) => {
    const form = pageOf('interest', locale);
    expect(form).toBeDefined();
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${form!.path}`);
    await mainForm(page).locator('input[name="name"]').fill('Testi Henkilö');
    const email = mainForm(page).locator('input[name="email"]');
    await email.fill('testi@');
    const [response] = await Promise.all([page.waitForNavigation({ url: /\/api\/interest$/ }), email.press('Enter')]);
    expect(response?.status()).toBe(422);
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'/);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.locator('.error-summary').count()).toBe(1);
    expect(await mainForm(page).locator('input[name="name"]').inputValue()).toBe('Testi Henkilö');
    expect(await page.locator('.site-header').count()).toBe(1);
    await context.close();
  });

  it.each(['fi', 'sv'] as const)(
    'that answer, hydrated in a browser with JavaScript (%s), breaks no CSP rule and passes axe',
    async (locale) => {
      const form = pageOf('interest', locale);
      const context = await browser.newContext();
      const watch = await watchContext(context, baseUrl);
      const page = await context.newPage();
      await page.goto(`${baseUrl}${form!.path}`);
      // A plain post, as a browser without the island sends it.
      await Promise.all([
        page.waitForNavigation({ url: /\/api\/interest$/ }),
        page.evaluate((lang) => {
          const post = document.createElement('form');
          post.method = 'post';
          post.action = '/api/interest';
          for (const [name, value] of [
            ['name', 'Testi'],
            ['email', 'testi@'],
            ['locale', lang],
          ]) {
            const input = document.createElement('input');
            input.name = name!;
            input.value = value!;
            post.append(input);
          }
          document.body.append(post);
          post.submit();
        }, locale),
      ]);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      expect(await page.locator('.error-summary').count()).toBe(1);
      expect(await watch.cspViolations(page)).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      const axe = await new AxeBuilder({ page }).withTags(wcag21aa).analyze();
      expect(axe.violations.map((v) => v.id)).toEqual([]);
      await context.close();
    },
  );
});
