import { describe, expect, it } from 'vitest';
import { readableExcerpt } from '../../src/lib/excerpt.ts';

describe('result excerpt', () => {
  const summary = 'Opit siivouksen perusteet.';
  it('keeps an excerpt whose first match is in the page text', () => {
    const excerpt = 'Oppilaitos: <mark>Sasky.</mark> Kunnat: Tampere. Hakusanat: siivooja.';
    expect(readableExcerpt(excerpt, 'Hakusanat', summary)).toEqual({ html: excerpt });
  });
  it('shows the summary when the words matched only the search words', () => {
    const excerpt = 'Ilmoita kiinnostuksesi. Hakusanat: laitos, <mark>huoltaja,</mark> toimitila.';
    expect(readableExcerpt(excerpt, 'Hakusanat', summary)).toEqual({ text: summary });
  });
  it('keeps the excerpt when there is no summary to show', () => {
    const excerpt = 'Hakusanat: <mark>huoltaja.</mark>';
    expect(readableExcerpt(excerpt, 'Hakusanat', undefined)).toEqual({ html: excerpt });
  });
});
