import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';
import { byId } from '../../src/lib/catalog.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';
import {
  contactValues,
  durationText,
  eventRows,
  serviceKeyFacts,
  trainingKeyFacts,
  trainingMeta,
  trainingRows,
  venueText,
} from '../../src/lib/facts.ts';

const catalog = loadContentDir('tests/fixtures/content');
const training = byId(catalog.trainings, 'testi')!;
const event = byId(catalog.events, 'testi')!;

describe('durations', () => {
  it.each([
    ['fi', 1, 'weeks', '1 viikko'],
    ['fi', 3, 'weeks', '3 viikkoa'],
    ['fi', 1, 'months', '1 kuukausi'],
    ['fi', 1, 'days', '1 päivä'],
    ['sv', 1, 'weeks', '1 vecka'],
    ['sv', 1, 'months', '1 månad'],
    ['sv', 5, 'months', '5 månader'],
    ['sv', 1, 'days', '1 dag'],
  ] as const)('%s: %i %s reads "%s"', (locale, value, unit, text) => {
    expect(durationText({ value, unit }, useTranslations(locale))).toBe(text);
  });
});

describe('fact rows', () => {
  it("shows a training's facts in the reader's language, with links to the institution and municipality", () => {
    const rows = trainingRows(training, { catalog, locale: 'sv', t: useTranslations('sv') });
    const row = (label: string) => rows.find((r) => r.label === label)!.values;
    expect(row('Läroanstalt')).toEqual([{ text: 'Careeria', href: '/sv/laroanstalter/careeria/' }]);
    expect(row('Kommuner')).toEqual([{ text: 'Borgå', href: '/sv/kommuner/borga/' }]);
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

  it('says "continuous" for a training one can start and apply to at any time', () => {
    const { applicationPeriod: _, ...rest } = training.facts;
    const continuous = { ...training, facts: { ...rest, start: 'continuous' as const } };
    const meta = trainingMeta(continuous, { catalog, locale: 'fi', t: useTranslations('fi') });
    expect(meta).toContain('Jatkuva haku');
    expect(meta).toContain('Alkaa milloin vain');
  });
});

describe('card lines', () => {
  const fi = { catalog, locale: 'fi' as const, t: useTranslations('fi') };
  const sv = { catalog, locale: 'sv' as const, t: useTranslations('sv') };

  it('give the start, the application deadline, the format and the municipalities', () => {
    expect(trainingMeta(training, sv)).toEqual([
      'Careeria',
      'Borgå',
      'Börjar 1.2.2027',
      'Sök senast 15.1.2027',
      'Närundervisning',
    ]);
  });

  it('say when one can start any time but must apply by a date', () => {
    const flexible = { ...training, facts: { ...training.facts, start: 'continuous' as const } };
    expect(trainingMeta(flexible, fi)).toEqual([
      'Careeria',
      'Porvoo',
      'Alkaa milloin vain',
      'Hae viimeistään 15.1.2027',
      'Lähiopetus',
    ]);
  });

  it('name the cost only when the training is not free', () => {
    expect(trainingMeta(training, fi).some((m) => m.includes('€'))).toBe(false);
    const paid = { ...training, facts: { ...training.facts, costEuros: 50 } };
    expect(trainingMeta(paid, fi)).toContain('Hinta sinulle 50 €');
    expect(trainingMeta(paid, sv)).toContain('Pris för dig 50 €');
  });
});

describe('key facts above the first call to action', () => {
  it('are start, deadline, cost, language and where, for a training', () => {
    const rows = trainingKeyFacts(training, { catalog, locale: 'sv', t: useTranslations('sv') });
    expect(rows.map((r) => [r.label, r.values.map((v) => v.text).join(', ')])).toEqual([
      ['Börjar', '1.2.2027'],
      ['Sök senast', '15.1.2027'],
      ['Pris för dig', 'Avgiftsfri'],
      ['Språk', 'finska'],
      ['Var', 'Borgå, Närundervisning'],
    ]);
    expect(rows.at(-1)!.values[0]!.href).toBe('/sv/kommuner/borga/');
  });

  it('say "continuous application" when there is no application period', () => {
    const { applicationPeriod: _, ...rest } = training.facts;
    const rows = trainingKeyFacts(
      { ...training, facts: { ...rest, start: 'continuous' } },
      {
        catalog,
        locale: 'fi',
        t: useTranslations('fi'),
      },
    );
    expect(rows.slice(0, 2).map((r) => [r.label, r.values[0]!.text])).toEqual([
      ['Alkaa', 'Milloin vain'],
      ['Hakuaika', 'Jatkuva haku'],
    ]);
  });

  it('are the kind of help, the languages and where, for a service', () => {
    const service = byId(catalog.services, 'testi')!;
    const rows = serviceKeyFacts(service, { catalog, locale: 'fi', t: useTranslations('fi') });
    expect(rows.map((r) => r.label)).toEqual(['Palvelu', 'Kieli', 'Missä']);
    expect(rows.at(-1)!.values.at(-1)!.text).toBe(useTranslations('fi')(`format.${service.facts.format}`));
  });
});

describe('continuous start', () => {
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
