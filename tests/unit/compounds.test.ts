import { describe, expect, it } from 'vitest';
import { compoundSplitter, syllables, wordsOf } from '../../src/lib/compounds.ts';
import { indexDocument, indexedPage, withoutIgnored } from '../../src/integrations/pagefind.ts';

describe('hyphenation points', () => {
  it('fall on the seams of Finnish and Swedish compounds', () => {
    expect(syllables('fi')('kiinteistönhoitaja')).toEqual(['kiin', 'teis', 'tön', 'hoi', 'ta', 'ja']);
    expect(syllables('sv')('fastighetsskötare')).toEqual(['fas', 'tig', 'hets', 'skö', 'ta', 're']);
  });
});

describe('compound splitter', () => {
  const fi = compoundSplitter('fi', [
    ...wordsOf(
      'Lähihoitaja ja kiinteistönhoitaja. Lähiopetus ja kiinteistöpalvelut. Asiakaspalvelu, palvelu ja palvelut.',
    ),
    'paikassa',
    'kassa',
    'opetus',
  ]);
  it('finds a head shared by two compounds and a genitive modifier', () => {
    expect(fi.parts('lähihoitaja')).toEqual(expect.arrayContaining(['lähi', 'hoitaja']));
    expect(fi.parts('kiinteistönhoitaja')).toEqual(expect.arrayContaining(['kiinteistön', 'kiinteistö', 'hoitaja']));
  });
  it('splits at a head that is a word of the site', () => {
    expect(fi.parts('asiakaspalvelu')).toEqual(expect.arrayContaining(['asiakas', 'palvelu']));
    expect(fi.parts('asiakaspalvelu')).not.toContain('kaspalvelu');
  });
  it('does not take a syllable for a modifier just because the rest is a word', () => {
    expect(fi.parts('paikassa')).toEqual([]);
  });
  it('leaves words that are not compounds alone, and keeps the pieces of hyphenated words', () => {
    expect(fi.parts('palvelu')).toEqual([]);
    expect(fi.parts('kuorma-auto')).toEqual(expect.arrayContaining(['kuorma', 'auto']));
  });

  const sv = compoundSplitter('sv', wordsOf('Fastighetsskötare, fastighetsarbete och arbete. Lagerarbetare, skötare.'));
  it('handles the Swedish linking -s', () => {
    expect(sv.parts('fastighetsskötare')).toEqual(expect.arrayContaining(['fastighets', 'skötare']));
    expect(sv.parts('Lagerarbetare')).toEqual([]);
  });
});

describe('the text the index step adds', () => {
  it('drops elements Pagefind ignores, nested ones included', () => {
    const html = '<p>a</p><ul class="cards" data-pagefind-ignore><li><ul><li>b</li></ul></li></ul><p>c</p>';
    expect(withoutIgnored(html)).toBe('<p>a</p><p>c</p>');
  });
  it('drops every ignored element, one after another, and keeps what stands between them', () => {
    const html =
      '<dl><div class="fact"><dt>Ala</dt><dd>Logistiikka</dd></div><div class="fact" data-pagefind-ignore=""><dt>Alkaa</dt>' +
      '<dd><div>1.2.2027</div></dd></div><div class="fact"><dt>Kunnat</dt><dd>Pori</dd></div>' +
      '<div class="fact" data-pagefind-ignore><dt>Kesto</dt><dd>20 viikkoa</dd></div></dl>';
    expect(withoutIgnored(html)).toBe(
      '<dl><div class="fact"><dt>Ala</dt><dd>Logistiikka</dd></div><div class="fact"><dt>Kunnat</dt><dd>Pori</dd></div></dl>',
    );
  });
  it('gives Pagefind the language, title and <main> without ignored parts, then labelled, hidden runs of parts, weighted for parts of search words', () => {
    const html =
      '<!DOCTYPE html><html lang="fi"><head><title>X – Polku</title><meta name="description" content="d"></head>' +
      '<body><header>valikko</header><main id="main" data-pagefind-body><h1>x</h1>' +
      '<ul data-pagefind-ignore><li>kortti</li></ul></main><footer>f</footer></body></html>';
    const page = indexedPage('fi/x/index.html', html)!;
    expect(page.words).toEqual(['x']);
    expect(indexDocument(page, 'Hakusanat', { keywords: ['lähi', 'hoitaja'], text: ['työ'] })).toBe(
      '<!DOCTYPE html><html lang="fi"><head><meta charset="utf-8"><title>X – Polku</title></head><body>' +
        '<main id="main" data-pagefind-body><h1>x</h1>' +
        '<p hidden data-pagefind-weight="5">Hakusanat: lähi, hoitaja.</p><p hidden>Hakusanat: työ.</p></main></body></html>',
    );
  });
});

describe('lowercasing', () => {
  // The splitter and the index lowercase with toLowerCase, which is far cheaper than
  // toLocaleLowerCase; for the site's two languages they must agree on every letter.
  it('gives the same result as the Finnish and Swedish rules for every Latin letter', () => {
    const letters = Array.from({ length: 0x250 - 0x41 }, (_, i) => String.fromCodePoint(0x41 + i)).filter((c) =>
      /\p{L}/u.test(c),
    );
    for (const locale of ['fi', 'sv']) {
      for (const c of letters) expect(c.toLowerCase(), `${c} in ${locale}`).toBe(c.toLocaleLowerCase(locale));
    }
    expect('ÅÄÖ Kiinteistönhoitaja'.toLowerCase()).toBe('åäö kiinteistönhoitaja');
  });
});
