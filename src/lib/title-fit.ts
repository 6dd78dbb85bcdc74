/**
 * Long Finnish and Swedish compounds ("Tillgänglighetsutlåtande") do not fit a
 * 320 px line at a heading's size, and browsers without a hyphenation
 * dictionary for the language then break them at an arbitrary letter. A page
 * title whose longest word is long gets a class that sets the heading just
 * small enough on a phone for that word to fit whole; the words and the text
 * stay untouched (search, copying and screen readers see the title as written).
 */

/** Longest words, in letters, that each class makes fit; shorter words fit the normal size. */
export const fitSteps = [16, 19, 22, 26] as const;

/** The number of letters in the title's longest word (a hyphenated compound counts by its parts). */
export function longestWord(title: string): number {
  return Math.max(0, ...title.split(/[\s\-–—/]+/u).map((w) => [...w.replace(/[^\p{L}\p{N}]/gu, '')].length));
}

/** "title-fit-19" for a title whose longest word has 17–19 letters; undefined when it fits anyway. */
export function titleFitClass(title: string): string | undefined {
  const n = longestWord(title);
  if (n < fitSteps[0] - 2) return undefined;
  const step = fitSteps.find((s) => n <= s) ?? fitSteps[fitSteps.length - 1];
  return `title-fit-${step}`;
}
