import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../support/browser.ts';

describeBrowser('the built site in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the Finnish home page and follows the language switch to Swedish', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/fi/`);
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    await page.getByRole('link', { name: 'På svenska' }).click();
    await page.waitForURL(/\/sv\/$/);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.locator('h1').textContent()).toContain('Hitta utbildning');
    await context.close();
  });
});
