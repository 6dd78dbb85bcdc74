/**
 * The path from Instagram: a story's short link → the form set to the
 * training → the confirmation, in Chromium with a phone's screen and
 * Instagram's in-app browser's user agent, with cookies and storage blocked
 * (as some in-app browsers and privacy settings do). The submission reaches
 * the outbox with the campaign's source and name.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { waitForIslands } from '../support/interactions.ts';

const baseUrl = inject('baseUrl');
const instagramUserAgent =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36 Instagram 355.0.0.36.111 Android (34/14; 420dpi; 1080x2400; Google; Pixel 8; shiba; tensor; fi_FI; 664871111)';

/** Storage and cookies refused, as a locked-down in-app browser does: any use throws or is ignored. */
const blockStorage = () => {
  for (const name of ['localStorage', 'sessionStorage', 'indexedDB'] as const) {
    Object.defineProperty(window, name, {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  }
  Object.defineProperty(document, 'cookie', { get: () => '', set: () => undefined });
};

describeBrowser("Instagram's in-app browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a story link leads to the form set to the training, and the submission carries source and campaign', async () => {
    const context = await browser.newContext({
      userAgent: instagramUserAgent,
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
      locale: 'fi-FI',
    });
    await context.addInitScript(blockStorage);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${baseUrl}/i/ig-varasto`);
    const landed = new URL(page.url());
    expect(landed.pathname).toBe('/fi/kiinnostus/');
    expect(landed.searchParams.get('lahde')).toBe('instagram-story');
    expect(landed.searchParams.get('kampanja')).toBe('varasto-laitila-2027');
    await waitForIslands(page);
    // The form takes the link's choices from the address in an effect just after hydration.
    await expect.poll(() => page.locator('#interest-training').inputValue()).toBe('varasto-ja-trukkityo-laitila');
    await expect.poll(() => page.locator('#interest-municipality').inputValue()).toBe('laitila');

    await page.locator('#interest-name').fill('Iida Instagram');
    await page.locator('#interest-phone').fill('040 765 4321');
    await page.locator('#interest-consent').check();
    // A person takes seconds to fill the form; a faster fill is treated as a robot's and not stored.
    await page.waitForTimeout(3000);
    await page.locator('main form button[type="submit"]').tap();
    await page.waitForURL(/\/fi\/kiinnostus\/kiitos\/\?viite=/);
    const reference = new URL(page.url()).searchParams.get('viite')!;
    expect(await page.locator('[data-interest-reference]').textContent()).toBe(reference);

    const outbox = join(inject('outboxDir'), `${reference}.json`);
    for (let i = 0; i < 150 && !existsSync(outbox); i++) await new Promise((ok) => setTimeout(ok, 100));
    const delivered = JSON.parse(readFileSync(outbox, 'utf8')) as Record<string, unknown>;
    expect(delivered).toMatchObject({
      reference,
      training: 'varasto-ja-trukkityo-laitila',
      municipality: 'laitila',
      source: 'instagram-story',
      campaign: 'varasto-laitila-2027',
    });
    expect(await context.cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
