/**
 * The glossary (docs/glossary.yaml): one name for one thing in each
 * language. Pure: the schema of the file, finding the words it says not to
 * use, and the Markdown page generated from it (docs/glossary.md).
 */
import { z } from 'zod';
import type { Locale } from '../i18n/locales.ts';

const words = z.array(z.string().min(1)).optional();

const term = z
  .object({
    /** The Finnish name(s), comma-separated when a thing has a short and a long form. */
    fi: z.string().min(1),
    /** The Swedish name(s). */
    sv: z.string().min(1),
    /** What the name means, for editors. */
    meaning: z.string().min(1),
    /** Words not to use for the same thing, per language; `*` at either end stands for any letters. */
    avoid: z.object({ fi: words, sv: words }).strict().optional(),
    /** Longer names containing an avoided word that stay as they are (e.g. "Ohjaamo Pori"). */
    except: words,
    /** Why, or how to tell it from a neighbouring term. */
    note: z.string().min(1).optional(),
  })
  .strict();

export const glossarySchema = z
  .object({
    intro: z.string().min(1),
    sections: z
      .array(
        z
          .object({ title: z.string().min(1), intro: z.string().min(1).optional(), terms: z.array(term).min(1) })
          .strict(),
      )
      .min(1),
  })
  .strict();
export type Glossary = z.infer<typeof glossarySchema>;
export type Term = z.infer<typeof term>;

const letter = '[\\p{L}\\p{N}]';
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A "do not use" word as a regular expression: case-insensitive, whole
 * words only, `*` at either end for inflections and compounds. A hyphen
 * starts a word (Luoteis-Pirkanmaa) but a trailing `*` runs through it.
 */
export function avoidPattern(word: string): RegExp {
  const open = word.startsWith('*');
  const close = word.endsWith('*');
  const core = word
    .replace(/^\*|\*$/g, '')
    .split(/\s+/)
    .map(escape)
    .join('\\s+');
  const before = open ? `${letter}*` : `(?<!${letter})`;
  const after = close ? `[\\p{L}\\p{N}-]*` : `(?!${letter})`;
  return new RegExp(`${before}${core}${after}`, 'giu');
}

export interface Finding {
  /** The word as written in the text. */
  found: string;
  /** The glossary's "do not use" entry it matched. */
  avoid: string;
  /** The name to use instead. */
  use: string;
}

/** Every word in a text of one language that the glossary says not to use. */
export function findAvoided(glossary: Glossary, locale: Locale, text: string): Finding[] {
  const findings: Finding[] = [];
  for (const section of glossary.sections) {
    for (const t of section.terms) {
      const avoided = t.avoid?.[locale] ?? [];
      if (!avoided.length) continue;
      let checked = text;
      for (const name of t.except ?? []) checked = checked.replace(avoidPattern(name), ' ');
      for (const avoid of avoided) {
        for (const match of checked.matchAll(avoidPattern(avoid))) {
          findings.push({ found: match[0], avoid, use: t[locale] });
        }
      }
    }
  }
  return findings;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const wordList = (items: readonly string[] | undefined) => (items ?? []).map((w) => `\`${w}\``).join(', ');

/** docs/glossary.md, before Prettier lays out its tables. */
export function renderGlossary(glossary: Glossary): string {
  const out = [
    '# Glossary',
    '',
    '<!-- Generated from docs/glossary.yaml by `npm run glossary`; edit that file, not this one. -->',
    '',
    glossary.intro.trim(),
    '',
  ];
  for (const section of glossary.sections) {
    out.push(`## ${section.title}`, '');
    if (section.intro) out.push(section.intro.trim(), '');
    out.push('| Finnish | Swedish | Meaning | Do not use (fi) | Do not use (sv) |', '| --- | --- | --- | --- | --- |');
    for (const t of section.terms) {
      const meaning = [t.meaning, t.note, t.except?.length ? `Stays as it is: ${t.except.join(', ')}.` : undefined]
        .filter(Boolean)
        .join(' ');
      out.push(
        `| **${cell(t.fi)}** | **${cell(t.sv)}** | ${cell(meaning)} | ${wordList(t.avoid?.fi)} | ${wordList(t.avoid?.sv)} |`,
      );
    }
    out.push('');
  }
  out.push('A `*` stands for any letters: `tapahtum*` covers "tapahtumat" and "tapahtumasivulta".', '');
  return out.join('\n');
}
