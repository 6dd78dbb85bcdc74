import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../support/browser.ts';

/** A built Finnish training page whose facts name the field "Logistiikka", with its title. */
function logisticsTraining(): { title: string; path: string } {
  const dir = join('dist', 'fi', 'koulutukset');
  for (const slug of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const html = readFileSync(join(dir, slug.name, 'index.html'), 'utf8');
    if (html.includes('data-value="Logistiikka"')) {
      return { title: /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.trim(), path: `/fi/koulutukset/${slug.name}/` };
    }
  }
  throw new Error('No training in the field "Logistiikka" in dist/fi/koulutukset');
}

async function hydrated(page: Page): Promise<void> {
  await page.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
}

async function resultTitles(page: Page): Promise<string[]> {
  await page
    .locator('.finder-status')
    .filter({ hasText: /\d|Ei tuloksia|Inga resultat/ })
    .waitFor();
  // The count is announced first; each result's details load after it. Wait until the page shows
  // as many results as it announced (the first 20 of a longer list).
  await page.waitForFunction(() => {
    const n = Number(/\d+/.exec(document.querySelector('.finder-status')?.textContent ?? '')?.[0] ?? 0);
    return document.querySelectorAll('.finder-results .card-title a').length === Math.min(n, 20);
  });
  return page.locator('.finder-results .card-title a').allTextContents();
}

describeBrowser('search and the training finder in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds a Finnish training with an inflected word', async () => {
    const target = logisticsTraining();
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/fi/haku/`);
    await hydrated(page);
    await page.getByLabel('Hakusana').fill('logistiikkaan');
    await page.waitForURL(/q=logistiikkaan/);
    expect(await resultTitles(page)).toContain(target.title);
    await expect.poll(() => page.locator(`.finder-results a[href="${target.path}"]`).count()).toBe(1);
    await context.close();
  });

  it('gives Swedish results only on the Swedish search page (Finnish fallbacks marked)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/sv/sok/?q=utbildning`);
    await hydrated(page);
    await resultTitles(page);
    const links = page.locator('.finder-results .card-title a');
    const count = await links.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      expect(await link.getAttribute('href')).toMatch(/^\/sv\//);
      // A Finnish text under a Swedish address says so, in Swedish.
      if ((await link.getAttribute('lang')) === 'fi') {
        expect(await link.locator('xpath=..').textContent()).toContain('på finska');
      }
    }
    await context.close();
  });

  it('narrows by region, keeps the choice in the address, and restores it on reload', async () => {
    // On a phone the filters wait closed behind their disclosure. (On a wide screen they open by
    // themselves just after hydration, and a click racing that would close them again.)
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/fi/koulutukset/`);
    await hydrated(page);
    // The filters and each facet are disclosures: open the first facet as a reader would.
    await page.locator('details.finder-filters > summary').click();
    await expect
      .poll(() => page.locator('details.finder-filters').evaluate((d) => (d as HTMLDetailsElement).open))
      .toBe(true);
    await page.locator('.facet').first().locator('> summary').click();
    const region = page.locator('.facet').first().locator('input[type=checkbox]').first();
    const regionName = await region.getAttribute('value');
    await region.check();
    await page.waitForURL(/alue=/);
    expect(new URL(page.url()).searchParams.get('alue')).toBe(regionName);
    const narrowed = await resultTitles(page);
    expect(narrowed.length).toBeGreaterThan(0);
    // The region's count is the number of results it gives.
    expect(await page.locator('.facet').first().locator('label').first().textContent()).toContain(
      `(${narrowed.length})`,
    );
    // The static list (every training) has given way to the results.
    expect(await page.locator('.card-section').first().isVisible()).toBe(false);
    const status = await page.locator('.finder-status').textContent();

    await page.reload();
    await hydrated(page);
    expect(await resultTitles(page)).toEqual(narrowed);
    expect(await page.locator('.finder-status').textContent()).toBe(status);
    expect(await page.locator('.facet').first().locator('input[type=checkbox]').first().isChecked()).toBe(true);

    await page.goBack();
    await page.waitForURL(/\/fi\/koulutukset\/$/);
    await expect.poll(() => page.locator('.card-section').first().isVisible()).toBe(true);
    await context.close();
  });

  it('works with the keyboard alone', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/fi/haku/`);
    await hydrated(page);
    await page.locator('#finder-q-search').focus();
    await page.keyboard.type('logistiikka');
    await page.keyboard.press('Enter');
    await resultTitles(page);
    // Tab on to the first choice that has results and tick it with the space bar.
    const onChoiceWithResults = () =>
      page.evaluate(() => {
        const input = document.activeElement as HTMLInputElement | null;
        if (input?.type !== 'checkbox') return false;
        return !/\(0\)/.test(document.querySelector(`label[for="${input.id}"]`)?.textContent ?? '(0)');
      });
    let guard = 0;
    while (!(await onChoiceWithResults())) {
      const onSummary = await page.evaluate(() => document.activeElement?.tagName === 'SUMMARY');
      const open = await page.evaluate(
        () => (document.activeElement?.parentElement as HTMLDetailsElement | null)?.open,
      );
      if (onSummary && !open) await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      if (++guard > 20) throw new Error('No checkbox reached with Tab');
    }
    await page.keyboard.press('Space');
    await page.waitForURL(/q=logistiikka&.+=/);
    expect((await resultTitles(page)).length).toBeGreaterThan(0);
    await context.close();
  });
});
