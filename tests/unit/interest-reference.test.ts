import { describe, expect, it } from 'vitest';
import { createReferenceGenerator, parseReference, referenceAlphabet } from '../../src/lib/interest/reference.ts';

describe('references', () => {
  it('are 8 characters without look-alikes such as 0/O, 1/I/L, 2/Z, 5/S, 8/B', () => {
    for (const c of '0O1IL2Z5S8B') expect(referenceAlphabet).not.toContain(c);
    const generator = createReferenceGenerator();
    for (let i = 0; i < 1000; i++) expect(generator.next()).toMatch(new RegExp(`^[${referenceAlphabet}]{8}$`));
  });

  it('do not collide in 100,000', () => {
    const generator = createReferenceGenerator();
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(generator.next());
    expect(seen.size).toBe(100_000);
  });

  it('look random rather than sequential', () => {
    const generator = createReferenceGenerator();
    const [a, b] = [generator.next(), generator.next()];
    expect([...a].filter((c, i) => c === b[i]).length).toBeLessThan(6);
  });

  it('are read back from what a person types', () => {
    expect(parseReference(' acde-fghj ')).toBe('ACDEFGHJ');
    expect(parseReference('ABCD0000')).toBeUndefined();
    expect(parseReference('<script>')).toBeUndefined();
  });
});
