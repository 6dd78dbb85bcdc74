import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import { byId } from '../../src/lib/catalog.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';
import { contactValues, eventRows, trainingMeta, trainingRows, venueText } from '../../src/lib/facts.ts';

const catalog = loadContentDir('tests/fixtures/content');
const training = byId(catalog.trainings, 'testi')!;
const event = byId(catalog.events, 'testi')!;

describe('fact rows', () => {
  it("shows a training's facts in the reader's language, with links to the institution and region", () => {
    const rows = trainingRows(training, { catalog, locale: 'sv', t: useTranslations('sv') });
    const row = (label: string) => rows.find((r) => r.label === label)!.values;
    expect(row('Läroanstalt')).toEqual([{ text: 'Careeria', href: '/sv/laroanstalter/careeria/' }]);
    expect(row('Kommuner')).toEqual([{ text: 'Borgå', href: '/sv/regioner/porvoo/' }]);
    expect(row('Bransch').map((v) => v.text)).toEqual(['Logistik', 'Fastighetsservice']);
    expect(row('Börjar')).toEqual([{ text: '1.2.2027' }]);
    expect(row('Ansökningstid')).toEqual([{ text: '1.12.2026–15.1.2027' }]);
    expect(row('Längd')).toEqual([{ text: '5 månader' }]);
    expect(row('Pris för dig')).toEqual([{ text: 'Avgiftsfri' }]);
  });

  it("names a venue, its street and its town in the reader's language", () => {
    const venue = {
      kind: 'address',
      name: { fi: 'Porvoon pääkirjasto', sv: 'Borgå huvudbibliotek' },
      street: { fi: 'Papinkatu 20', sv: 'Prästgatan 20' },
      postalCode: '06100',
      municipality: 'porvoo',
    } as const;
    expect(venueText(venue, { catalog, locale: 'fi' })).toBe('Porvoon pääkirjasto, Papinkatu 20, 06100 Porvoo');
    expect(venueText(venue, { catalog, locale: 'sv' })).toBe('Borgå huvudbibliotek, Prästgatan 20, 06100 Borgå');
  });

  it('keeps a Finnish-only street in Swedish but names the town in Swedish', () => {
    const venue = {
      kind: 'address',
      name: { fi: 'Porin pääkirjasto', sv: 'Björneborgs huvudbibliotek' },
      street: { fi: 'Gallen-Kallelankatu 12' },
      postalCode: '28100',
      municipality: 'pori',
    } as const;
    expect(venueText(venue, { catalog, locale: 'sv' })).toBe(
      'Björneborgs huvudbibliotek, Gallen-Kallelankatu 12, 28100 Björneborg',
    );
  });

  it('keeps a phone number on one line and dials it without spaces', () => {
    expect(contactValues({ name: 'Testi', phone: '040 123 4567', email: 'a@b.example' })).toEqual([
      { text: 'Testi' },
      { text: '040\u00a0123\u00a04567', href: 'tel:0401234567' },
      { text: 'a@b.example', href: 'mailto:a@b.example' },
    ]);
  });

  it("marks a related training's Finnish title on a Swedish page", () => {
    const rows = eventRows(event, { catalog, locale: 'sv', t: useTranslations('sv') });
    const related = rows.find((r) => r.label === 'Utbildningar som presenteras')!.values;
    expect(related).toEqual([{ text: training.texts.fi!.title, href: '/sv/utbildningar/testi/', lang: 'fi' }]);
  });

  it('says a training one can start at any time starts "milloin vain" / "när som helst"', () => {
    const continuous = { ...training, facts: { ...training.facts, start: 'continuous' as const } };
    expect(trainingMeta(continuous, { catalog, locale: 'fi', t: useTranslations('fi') })).toContain(
      'Alkaa milloin vain',
    );
    expect(trainingMeta(continuous, { catalog, locale: 'sv', t: useTranslations('sv') })).toContain(
      'Börjar när som helst',
    );
    const rows = trainingRows(continuous, { catalog, locale: 'fi', t: useTranslations('fi') });
    expect(rows.find((r) => r.label === 'Alkaa')!.values).toEqual([{ text: 'Voit aloittaa milloin vain' }]);
  });
});
