/**
 * One name for one thing: the words docs/glossary.yaml says not to use appear
 * nowhere in the UI strings or in the text under content/, and
 * docs/glossary.md is the page generated from that file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import fi from '../../src/i18n/ui/fi.json' with { type: 'json' };
import sv from '../../src/i18n/ui/sv.json' with { type: 'json' };
import { isLocale, type Locale } from '../../src/i18n/locales.ts';
import { splitFrontmatter } from '../../src/lib/content-files.ts';
import { avoidPattern, findAvoided, type Glossary } from '../../src/lib/glossary.ts';
import { glossaryMarkdown, glossaryMd, readGlossary } from '../../scripts/glossary.ts';

interface Text {
  where: string;
  locale: Locale;
  text: string;
}

/** The per-language values of a parsed YAML file: every { fi, sv } object, at any depth. */
function yamlTexts(value: unknown, where: string): Text[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => yamlTexts(v, `${where}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    isLocale(key) && typeof v === 'string'
      ? [{ where: `${where}.${key}`, locale: key, text: v }]
      : yamlTexts(v, `${where}.${key}`),
  );
}

/** Title, summary and body of a fi.md / sv.md; link targets are addresses, not words. */
function markdownTexts(file: string, locale: Locale): Text[] {
  const { data, body } = splitFrontmatter(readFileSync(file, 'utf8'));
  const { title, summary } = data as { title?: string; summary?: string };
  return [
    { where: `${file} → title`, locale, text: title ?? '' },
    { where: `${file} → summary`, locale, text: summary ?? '' },
    { where: `${file} → body`, locale, text: body.replace(/\]\([^)]*\)/g, ']') },
  ];
}

/** Everything an editor writes under a content folder, with its language. */
function contentTexts(dir: string): Text[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((rel) => {
    const file = join(dir, rel);
    const markdown = /(?:^|\/)(\w+)\.mdx?$/.exec(rel);
    if (markdown && isLocale(markdown[1]!)) return markdownTexts(file, markdown[1]);
    if (rel.endsWith('.yaml')) return yamlTexts(parse(readFileSync(file, 'utf8')), file);
    return [];
  });
}

const uiTexts = (): Text[] =>
  (
    [
      ['fi', fi],
      ['sv', sv],
    ] as const
  ).flatMap(([locale, strings]) =>
    Object.entries(strings).map(([key, text]) => ({ where: `src/i18n/ui/${locale}.json → ${key}`, locale, text })),
  );

function violations(glossary: Glossary, texts: readonly Text[]): string[] {
  return texts.flatMap(({ where, locale, text }) =>
    findAvoided(glossary, locale, text).map((f) => `${where}: "${f.found}" (use "${f.use}", not ${f.avoid})`),
  );
}

const glossary = readGlossary();

describe('the glossary', () => {
  it('docs/glossary.md is the page generated from docs/glossary.yaml (npm run glossary)', async () => {
    expect(readFileSync(glossaryMd, 'utf8')).toBe(await glossaryMarkdown(glossary));
  });

  it('does not list a name it prescribes among the words to avoid', () => {
    const names = glossary.sections.flatMap((s) =>
      s.terms.flatMap((t) => [
        { where: `glossary: ${t.fi}`, locale: 'fi' as const, text: t.fi },
        { where: `glossary: ${t.sv}`, locale: 'sv' as const, text: t.sv },
      ]),
    );
    expect(violations(glossary, names)).toEqual([]);
  });

  it('finds inflected and compound forms, whole words only, and leaves listed names alone', () => {
    const found = (locale: Locale, text: string) =>
      findAvoided(glossary, locale, text)
        .map((f) => f.found)
        .sort();
    expect(found('fi', 'Katso tulevat tapahtumat tapahtumasivulta.')).toEqual(['tapahtumasivulta', 'tapahtumat']);
    expect(found('fi', 'Mitä seuraavaksi tapahtuu? Kysy OMA-valmentajaltasi.')).toEqual(['OMA-valmentajaltasi']);
    expect(found('sv', 'Försändelsen kunde inte läsas. Ge  lov att skicka.')).toEqual(['Försändelsen', 'Ge  lov']);
    expect(found('sv', 'Ohjaamo Pori finns i Björneborg, inte i Pori.')).toEqual(['Pori']);
    expect(found('sv', 'i Luoteis-Pirkanmaalla')).toEqual(['Pirkanmaalla']);
    // A word to avoid inside another word is not found without a leading *.
    expect(found('sv', 'Arbetssökande studerande i Kervo')).toEqual([]);
    // The plural of "intresseanmälan" is right; the singular "intresseanmälning" is not.
    expect(found('sv', 'två intresseanmälningar, en intresseanmälning')).toEqual(['intresseanmälning']);
    expect(avoidPattern('ge lov*').test('Jag ger lov')).toBe(false);
  });
});

describe('one name for one thing', () => {
  it('the UI strings use none of the words the glossary says to avoid', () => {
    const texts = uiTexts();
    expect(texts.length).toBeGreaterThan(200);
    expect(violations(glossary, texts)).toEqual([]);
  });

  it('the text under content/ uses none of them, in either language', () => {
    const texts = contentTexts('content');
    // The scan reaches Markdown bodies and the per-language YAML fields, venues included.
    expect(texts.filter((t) => t.where.endsWith('→ body')).length).toBeGreaterThan(60);
    expect(texts.some((t) => t.where.endsWith('place.name.sv') && t.locale === 'sv')).toBe(true);
    expect(violations(glossary, texts)).toEqual([]);
  });
});
