/**
 * Recall of the site search over a set of realistic queries: for each query,
 * is the page it must find among the first k results? Runs Pagefind's own
 * browser module on the language's search page (the same index and the same
 * call the finder makes, without typing), so it measures the index itself.
 * Used by `npm run bench:search` (all queries) and by a browser test (the
 * queries marked `test`).
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import type { Locale } from '../../src/i18n/locales.ts';

export interface RecallQuery {
  q: string;
  /** Address of the page that must be among the first results. */
  expect: string;
  /** Part of the smaller set the test suite runs. */
  test?: boolean;
}

export type QuerySet = Record<Locale, RecallQuery[]>;

export interface RecallResult {
  hits: number;
  total: number;
  misses: Array<RecallQuery & { got: string[] }>;
}

export const searchPages: Record<Locale, string> = { fi: '/fi/haku/', sv: '/sv/sok/' };

export function readQuerySet(path = 'tests/fixtures/search-queries.json'): QuerySet {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<QuerySet>;
  return { fi: data.fi ?? [], sv: data.sv ?? [] };
}

/** The first k result addresses for each query, in order. */
export async function topResults(
  browser: Browser,
  baseUrl: string,
  locale: Locale,
  queries: readonly string[],
  k = 5,
): Promise<string[][]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}${searchPages[locale]}`);
    // A string, so no test transform rewrites the browser's own import().
    const script = `(async (queries, k) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const out = [];
      for (const q of queries) {
        const { results } = await pagefind.search(q, {});
        const data = await Promise.all(results.slice(0, k).map((r) => r.data()));
        out.push(data.map((d) => d.url));
      }
      return out;
    })(${JSON.stringify(queries)}, ${k})`;
    return (await page.evaluate(script)) as string[][];
  } finally {
    await context.close();
  }
}

export async function recallAt(
  browser: Browser,
  baseUrl: string,
  locale: Locale,
  queries: readonly RecallQuery[],
  k = 5,
): Promise<RecallResult> {
  const tops = await topResults(
    browser,
    baseUrl,
    locale,
    queries.map((q) => q.q),
    k,
  );
  const misses = queries.flatMap((q, i) => (tops[i]!.includes(q.expect) ? [] : [{ ...q, got: tops[i]! }]));
  return { hits: queries.length - misses.length, total: queries.length, misses };
}
