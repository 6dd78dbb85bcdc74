/**
 * The built site served with its real headers (dist/_headers, as Netlify
 * applies them): on every page kind in both languages, and in the form's and
 * the search's interactive states, Chromium reports no Content-Security-Policy
 * violation, no request leaves the site's origin, and the console stays clean.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { showFormErrors, showSearchResults } from '../support/interactions.ts';
import { pageOf, representativePages } from '../support/pages.ts';
import { watchContext } from '../support/watch.ts';

const pages = representativePages();
const baseUrl = inject('baseUrl');

describeBrowser('security headers and CSP in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends the security headers with every page', async () => {
    for (const page of pages) {
      const response = await fetch(`${baseUrl}${page.path}`);
      const h = response.headers;
      const csp = h.get('content-security-policy') ?? '';
      expect(csp, page.path).toMatch(/default-src 'none'/);
      expect(csp, page.path).toMatch(/frame-ancestors 'none'/);
      expect(csp.match(/script-src[^;]*/)?.[0], page.path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
      expect(csp.match(/style-src[^;]*/)?.[0], page.path).not.toMatch(/'unsafe-inline'|\*/);
      expect(h.get('strict-transport-security'), page.path).toMatch(/max-age=\d{8,}/);
      expect(h.get('x-content-type-options'), page.path).toBe('nosniff');
      expect(h.get('x-frame-options'), page.path).toBe('DENY');
      expect(h.get('referrer-policy'), page.path).toBeTruthy();
      expect(h.get('permissions-policy'), page.path).toMatch(/geolocation=\(\)/);
      await response.arrayBuffer();
    }
  });

  it.each(pages.map((p) => [p.path, p.kind] as const))(
    '%s (%s): no CSP violation, nothing from elsewhere',
    async (path, kind) => {
      const context = await browser.newContext();
      const watch = await watchContext(context, baseUrl);
      const page = await context.newPage();
      const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), kind).toBe(200);
      expect(await watch.cspViolations(page)).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      // A 404 page's own status is reported by the browser as a failed load; anything else is a problem.
      expect(watch.consoleProblems.filter((m) => !/status of 404/.test(m))).toEqual([]);
      await context.close();
    },
  );

  it.each(['/fi/ei-ole/', '/sv/finns-inte/', '/ei-ole/'])(
    'a missing address %s answers 404 with the headers',
    async (path) => {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      await response.arrayBuffer();
    },
  );

  it.each(['fi', 'sv'] as const)(
    'the form in its error state and the search with results (%s) break no rule',
    async (locale) => {
      const context = await browser.newContext();
      const watch = await watchContext(context, baseUrl);
      const page = await context.newPage();
      const form = pageOf('interest', locale);
      if (form) {
        await page.goto(`${baseUrl}${form.path}`, { waitUntil: 'networkidle' });
        await showFormErrors(page);
        expect(await watch.cspViolations(page)).toEqual([]);
      }
      const search = pageOf('search', locale);
      if (search) {
        await page.goto(`${baseUrl}${search.path}`, { waitUntil: 'networkidle' });
        await showSearchResults(page, locale);
        await page.waitForLoadState('networkidle');
        expect(await watch.cspViolations(page)).toEqual([]);
      }
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.consoleProblems).toEqual([]);
      await context.close();
    },
  );
});
