import { describe, expect, it } from 'vitest';
import { longestWord, titleFitClass } from '../../src/lib/title-fit.ts';

describe('title fit', () => {
  it('counts the letters of the longest word, parts of a hyphenated compound apart', () => {
    expect(longestWord('Tillgänglighetsutlåtande')).toBe(24);
    expect(longestWord('Varasto- ja kiinteistötyön yhdistelmäkoulutus')).toBe(18);
    expect(longestWord('Hitsaus (MIG/MAG)')).toBe(7);
    expect(longestWord('')).toBe(0);
  });

  it('leaves short titles alone and steps down for long compounds', () => {
    expect(titleFitClass('Koulutukset')).toBeUndefined();
    expect(titleFitClass('Tietoa Polusta')).toBeUndefined();
    expect(titleFitClass('Saavutettavuusseloste')).toBe('title-fit-22');
    expect(titleFitClass('Tillgänglighetsutlåtande')).toBe('title-fit-26');
    expect(titleFitClass('Kiinteistönhoitajakoulutuskokonaisuudet')).toBe('title-fit-26');
  });
});
