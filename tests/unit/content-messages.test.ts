import { describe as group, expect, it } from 'vitest';
import { eventFactsSchema, trainingFactsSchema, textSchema } from '../../src/content/schemas.ts';
import { describe, nearest, schemaAt, suggestion } from '../../src/lib/content-messages.ts';

const institutions = ['careeria', 'keuda', 'kuhmo', 'prakticum', 'sasky', 'sataedu', 'varia', 'winnova'];

group('nearest ids', () => {
  it('finds the id a typo was meant to be', () => {
    expect(nearest('keudaa', institutions)).toEqual(['keuda']);
    expect(nearest('kareeria', institutions)).toEqual(['careeria']);
    expect(nearest('satedu', institutions)).toEqual(['sataedu']);
  });

  it('suggests nothing far away, and then lists what can be written', () => {
    expect(nearest('helsinki', institutions)).toEqual([]);
    expect(suggestion('helsinki', institutions)).toBe(
      ' Kirjoita jokin näistä: careeria, keuda, kuhmo, prakticum, sasky, sataedu, varia, winnova.',
    );
    expect(suggestion('keudaa', institutions)).toBe(' Tarkoititko keuda?');
  });
});

group('what to write, read from the schema', () => {
  const at = (path: PropertyKey[]) => describe(schemaAt(trainingFactsSchema, path)!);
  it('lists the options of a choice', () => {
    expect(at(['format'])).toBe('yksi näistä: contact, online, blended');
  });
  it('gives the date format, also inside a union and an optional field', () => {
    expect(at(['start'])).toBe('continuous tai päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2027-02-01');
    expect(at(['end'])).toBe('päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2027-02-01');
    expect(at(['applicationPeriod', 'opens'])).toBe('päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2027-02-01');
  });
  it('gives lengths of texts and kinds of other values', () => {
    expect(describe(schemaAt(textSchema, ['summary'])!)).toBe('teksti, jossa on 20–200 merkkiä');
    expect(at(['languageSupport'])).toBe('true (kyllä) tai false (ei)');
    expect(at(['costEuros'])).toBe('luku, esimerkiksi 5');
    expect(at(['contact', 'email'])).toBe('sähköpostiosoite, esimerkiksi neuvonta@oppilaitos.example');
  });
  it('says what an id names, with ids that exist, and how text per language is written', () => {
    expect(at(['institution'])).toBe(
      'oppilaitoksen tunnus eli sen tiedoston nimi ilman .yaml-päätettä kansiossa content/institutions, esimerkiksi keuda',
    );
    expect(at(['municipalities'])).toBe(
      'lista hakasulkeissa, esimerkiksi [vantaa, kerava], jossa jokainen kohta on kunnan tunnus kansiossa content/regions olevista tiedostoista',
    );
    expect(describe(schemaAt(eventFactsSchema, ['place', 'name'])!)).toBe(
      'teksti kummallakin kielellä muodossa { fi: suomeksi, sv: ruotsiksi }',
    );
    expect(describe(schemaAt(eventFactsSchema, ['place', 'postalCode'])!)).toBe(
      "postinumero viidellä numerolla lainausmerkeissä, esimerkiksi '01300'",
    );
  });
  it('finds nothing for a field the schema does not have', () => {
    expect(schemaAt(trainingFactsSchema, ['fromat'])).toBeUndefined();
  });
});
