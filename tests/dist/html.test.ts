/**
 * Every built page is valid HTML and has what a reader and a search engine
 * need: one h1, a title, a meta description, and the language it is written in.
 */
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { type BuiltPage, builtPages, readPage } from '../support/pages.ts';

const pages = builtPages();
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as Record<string, unknown>;
delete config['$schema'];
const validator = new HtmlValidate(new StaticConfigLoader(config));

const decode = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const title = (html: string) => decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').trim();
const description = (html: string) =>
  decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '').trim();
const lang = (html: string) => /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
const cases = pages.map((p) => [p.path, p] as [string, BuiltPage]);

describe('built HTML', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(cases)('%s is valid HTML', async (_path, page) => {
    const report = await validator.validateString(readPage(page), page.file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message} ${m.selector ?? ''}`),
    );
    expect(messages).toEqual([]);
  });

  it('the web editor page (/admin/) is valid HTML too, so `npm run validate:html` passes on a clean build', async () => {
    const file = 'dist/admin/index.html';
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it.each(cases)('%s has one h1, a title, a description and its language', (_path, page) => {
    const html = readPage(page);
    expect(html.match(/<h1[\s>]/g) ?? [], 'exactly one h1').toHaveLength(1);
    expect(title(html).length, 'a title').toBeGreaterThan(3);
    expect(description(html).length, 'a meta description').toBeGreaterThan(20);
    if (page.locale) {
      expect(lang(html)).toBe(page.locale);
    } else {
      // The bilingual pages: Finnish first, the Swedish parts marked as Swedish.
      expect(lang(html)).toBe('fi');
      expect(html).toMatch(/<(section|div|p|span|a)[^>]*\slang="sv"/);
    }
  });

  it('every image has alt text (empty only for decorative images)', () => {
    const missing = pages.flatMap((page) =>
      [...readPage(page).matchAll(/<img\b[^>]*>/g)]
        .filter((m) => !/\salt="/.test(m[0]))
        .map((m) => `${page.path}: ${m[0]}`),
    );
    expect(missing).toEqual([]);
  });

  it('every inline svg that is not hidden has a name', () => {
    const unnamed = pages.flatMap((page) =>
      [...readPage(page).matchAll(/<svg\b[^>]*>/g)]
        .filter((m) => !/aria-hidden="true"|aria-label=|role="img"/.test(m[0]))
        .map((m) => `${page.path}: ${m[0]}`),
    );
    expect(unnamed).toEqual([]);
  });
});
