/** Walking a page with the Tab key, as a keyboard user does. */
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  /** id, name, href or text: enough to tell the stops apart in a failure message. */
  label: string;
  /** Stable index given to every element before the walk, in document order. */
  index: number;
}

/** Marks every element in document order so focus stops can be compared with the DOM order. */
async function markElements(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelectorAll('body *').forEach((el, i) => el.setAttribute('data-kb-order', String(i)));
  });
}

export async function focused(page: Page): Promise<Focused | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    const a = (n: string) => el.getAttribute(n);
    return {
      tag: el.tagName.toLowerCase(),
      label: a('id') ?? a('name') ?? a('href') ?? (el.textContent ?? '').trim().slice(0, 40),
      index: Number(a('data-kb-order') ?? -1),
    };
  });
}

/** Presses Tab up to `max` times from the top of the page and returns every focus stop. */
export async function tabWalk(page: Page, max: number): Promise<Focused[]> {
  await markElements(page);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: Focused[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) break;
    if (stops.some((s) => s.index === f.index)) break; // wrapped around
    stops.push(f);
  }
  return stops;
}

/** The order indexes of the elements a selector matches, for comparing with a walk. */
export async function orderOf(page: Page, selector: string): Promise<number[]> {
  return page.$$eval(selector, (els) => els.map((el) => Number(el.getAttribute('data-kb-order') ?? -1)));
}
