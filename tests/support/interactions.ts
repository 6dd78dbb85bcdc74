/**
 * The interactive states of the form and the search, reached the way a
 * person reaches them (a submit button, a search box), so that tests of
 * accessibility, CSP and keyboard use see those states too. Each returns what
 * it managed to do; a page without the feature is reported, not failed, so the
 * tests run on whatever the build has.
 */
import type { Locator, Page } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales.ts';

/** Waits until every island on the page has hydrated (Astro drops the ssr attribute then). */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'), undefined, { timeout: 15_000 });
}

/** The form in the page's main content (not the header search). */
export function mainForm(page: Page): Locator {
  return page.locator('main form:not([role="search"])').first();
}

/**
 * Submits the interest form empty and waits for its error summary
 * (role="alert"). Returns false when the page has no form yet.
 */
export async function showFormErrors(page: Page): Promise<boolean> {
  const form = mainForm(page);
  if ((await form.count()) === 0) {
    console.warn(`No form on ${page.url()}: its error state is not tested here.`);
    return false;
  }
  await waitForIslands(page);
  const submit = form.locator('button[type="submit"], button:not([type]), input[type="submit"]').last();
  await submit.click();
  await page.locator('[role="alert"]').first().waitFor({ state: 'visible', timeout: 10_000 });
  return true;
}

/** A word that matches many pages in each language. */
export const searchTerms: Record<Locale, string> = { fi: 'koulutus', sv: 'utbildning' };

/** The search box in the search page's main content. */
export function mainSearchBox(page: Page): Locator {
  return page.locator('main').getByRole('searchbox').first();
}

/**
 * Types a query into the search page's own search box and waits until result
 * links appear in the main content. Returns false when the page has no search box yet.
 */
export async function showSearchResults(page: Page, locale: Locale): Promise<boolean> {
  const box = mainSearchBox(page);
  if ((await box.count()) === 0) {
    console.warn(`No search box in the main content of ${page.url()}: search results are not tested here.`);
    return false;
  }
  await waitForIslands(page);
  const main = page.locator('main');
  const before = await main.locator('a[href]').count();
  await box.click();
  await box.pressSequentially(searchTerms[locale], { delay: 20 });
  await page.waitForFunction((n) => document.querySelectorAll('main a[href]').length > n, before, { timeout: 15_000 });
  return true;
}
