/**
 * Finds the parts of Finnish and Swedish compound words, so that a search for
 * "hoitaja" finds "lähihoitaja" and "skötare" finds "fastighetsskötare".
 * Pagefind stems whole words and does not split compounds; the index step
 * adds the parts found here to each page as hidden text.
 *
 * Candidate split points are the hyphenation points of the `hyphen` package
 * (TeX patterns): in both languages a compound's seam is a syllable seam.
 * A split is kept only when the site's own vocabulary vouches for it:
 *  - the head (right part) is a word of the site ("palvelu" in
 *    "asiakas|palvelu"), or a longer head shared by two compounds
 *    ("hoitaja" in "lähihoitaja" and "kiinteistönhoitaja"), and the modifier
 *    is a word or at least four letters (syllables are often words too:
 *    "pai|kassa");
 *  - or the modifier ends in a linking letter (Finnish genitive -n,
 *    Swedish -s) and, with or without it, starts another compound whose head
 *    is a word, or is a word without it ("kiinteistön|hoitaja" beside
 *    "kiinteistö|palvelut", "fastighets|skötare" beside "fastighets|arbete").
 * Pure apart from the hyphenation patterns; unit-tested.
 */
import { createRequire } from 'node:module';
import type { Locale } from '../i18n/locales.ts';

type Hyphenator = typeof import('hyphen/fi');
const require = createRequire(import.meta.url);
const patterns: Record<Locale, () => Hyphenator> = {
  fi: () => require('hyphen/fi') as Hyphenator,
  sv: () => require('hyphen/sv') as Hyphenator,
};

/** The syllables of a word by the language's hyphenation patterns: "lähihoitaja" → lä, hi, hoi, ta, ja. */
export function syllables(locale: Locale): (word: string) => string[] {
  const { hyphenateSync } = patterns[locale]();
  return (word) => hyphenateSync(word, { hyphenChar: '|', minWordLength: 4 }).split('|');
}

/** Linking letters a modifier may end in, and its forms without them. */
const unlinked: Record<Locale, (modifier: string) => string[]> = {
  // kiinteistön → kiinteistö, metsäkoneen → metsäkone
  fi: (m) => (m.endsWith('n') ? [m.slice(0, -1), ...(m.endsWith('een') ? [m.slice(0, -2)] : [])] : []),
  // fastighets → fastighet
  sv: (m) => (m.endsWith('s') ? [m.slice(0, -1)] : []),
};

const minModifier = 3;
const minFullModifier = 4;
const minHead = 3;
const minLinkedHead = 5;
const minWordHead = 5;
const minSharedHead = 6;
const maxDepth = 3;

export interface CompoundSplitter {
  /** The parts of a word (lowercase), without the word itself; empty for a word that is not a compound. */
  parts(word: string): string[];
}

/** Words of a text: letters, with hyphenated words kept whole ("kuorma-auto"). */
export function wordsOf(text: string): string[] {
  return text.match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
}

export function compoundSplitter(
  locale: Locale,
  vocabulary: Iterable<string>,
  split: (word: string) => string[] = syllables(locale),
): CompoundSplitter {
  // The same as toLocaleLowerCase(locale) for Finnish and Swedish, at a twentieth of the cost.
  const lower = (w: string) => w.toLowerCase();
  const words = new Set<string>();
  for (const w of vocabulary) for (const piece of lower(w).split('-')) if (piece) words.add(piece);

  const seamsCache = new Map<string, Array<[string, string]>>();
  /** Every (modifier, head) pair at a hyphenation point, both long enough. */
  const seams = (word: string): Array<[string, string]> => {
    let out = seamsCache.get(word);
    if (!out) {
      out = [];
      const parts = split(word);
      let at = 0;
      for (const part of parts.slice(0, -1)) {
        at += part.length;
        const [m, h] = [word.slice(0, at), word.slice(at)];
        if (m.length >= minModifier && h.length >= minHead) out.push([m, h]);
      }
      seamsCache.set(word, out);
    }
    return out;
  };

  const modifiersOf = new Map<string, Set<string>>();
  const headsOf = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    if (!map.has(key)) map.set(key, new Set());
    map.get(key)!.add(value);
  };
  for (const w of words) {
    for (const [m, h] of seams(w)) {
      add(modifiersOf, h, m);
      add(headsOf, m, h);
    }
  }

  const isWord = (w: string) => words.has(w);
  /** Starts a compound whose head is itself a word of the site ("kiinteistö" in "kiinteistö|palvelut"). */
  const startsCompound = (m: string) => [...(headsOf.get(m) ?? [])].some((h) => h.length >= 5 && isWord(h));
  /** Syllables are often words too ("pai|kassa"): a modifier is at least four letters unless it is a word. */
  const fullModifier = (m: string) => m.length >= minFullModifier || isWord(m);
  const linkedModifier = (m: string) => {
    const bases = unlinked[locale](m);
    return bases.length > 0 && (bases.some((b) => isWord(b) || startsCompound(b)) || startsCompound(m));
  };
  /** A modifier the vocabulary knows on its own: a word, linked, or starting a compound with a word head. */
  const knownModifier = (m: string) =>
    isWord(m) || startsCompound(m) || linkedModifier(m) || seams(m).some(([a, b]) => isWord(a) && isWord(b));
  /**
   * A head shared by two compounds, at least one of whose modifiers is known ("hoitaja" in
   * "lähi|hoitaja" and "kiinteistön|hoitaja"). Inflection endings are shared too ("lähihoi|tajaksi",
   * "kuljet|tajaksi"), but their modifiers are mere syllables.
   */
  const sharedHead = (h: string) => {
    const mods = [...(modifiersOf.get(h) ?? [])].filter((m) => m.length >= minFullModifier);
    return h.length >= minSharedHead && mods.length >= 2 && mods.some(knownModifier);
  };
  const accept = (m: string, h: string) =>
    // Inflection endings are often short words too ("koulutuk|sen"): a short head needs a known modifier.
    (isWord(h) && fullModifier(m) && (h.length >= minWordHead || isWord(m) || linkedModifier(m))) ||
    (sharedHead(h) && fullModifier(m)) ||
    (h.length >= minLinkedHead && linkedModifier(m));

  const cache = new Map<string, string[]>();
  const partsOf = (word: string, depth: number): Set<string> => {
    const found = new Set<string>();
    if (depth > maxDepth) return found;
    for (const [m, h] of seams(word)) {
      if (!accept(m, h)) continue;
      found.add(m).add(h);
      for (const base of unlinked[locale](m)) if (isWord(base) || startsCompound(base)) found.add(base);
      for (const p of partsOf(h, depth + 1)) found.add(p);
      for (const p of partsOf(m, depth + 1)) found.add(p);
    }
    return found;
  };

  return {
    parts(word) {
      const w = lower(word);
      let out = cache.get(w);
      if (!out) {
        const found = new Set<string>();
        const pieces = w.split('-').filter(Boolean);
        if (pieces.length > 1) for (const piece of pieces) found.add(piece);
        for (const piece of pieces) for (const p of partsOf(piece, 1)) found.add(p);
        found.delete(w);
        out = [...found];
        cache.set(w, out);
      }
      return out;
    },
  };
}
