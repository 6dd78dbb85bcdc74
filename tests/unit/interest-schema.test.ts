import { describe, expect, it } from 'vitest';
import { rateLimitedMessage, schemaMessages } from '../../src/lib/interest/messages.ts';
import { createInterestSchema, fieldErrors } from '../../src/lib/interest/schema.ts';

const known = { municipalities: ['porvoo', 'vantaa'], trainings: ['testi'], services: ['ohjaus'] };
const valid = {
  name: 'Anna Andersson',
  phone: '040 123 4567',
  email: 'anna@example.fi',
  municipality: 'porvoo',
  training: 'testi',
  contactLanguage: 'sv',
  message: 'Hej!',
  consent: 'on',
  locale: 'sv',
};
const errorsFor = (data: Record<string, unknown>, locale: 'fi' | 'sv' = 'fi') => {
  const result = createInterestSchema(schemaMessages(locale), known).safeParse(data);
  return result.success ? {} : fieldErrors(result.error);
};

describe('interest schema', () => {
  it('accepts a valid submission and normalizes it', () => {
    const result = createInterestSchema(schemaMessages('fi'), known).parse({ ...valid, consent: true });
    expect(result).toMatchObject({
      name: 'Anna Andersson',
      consent: true,
      sendCopy: false,
      service: '',
      source: '',
      locale: 'sv',
    });
  });

  it('accepts only a phone or only an e-mail, and "I would like guidance" (no training)', () => {
    expect(errorsFor({ ...valid, email: '' })).toEqual({});
    expect(errorsFor({ ...valid, phone: '' })).toEqual({});
    expect(errorsFor({ ...valid, training: '' })).toEqual({});
  });

  it.each([
    ['name', { name: '' }, 'Kirjoita nimesi.', 'Skriv ditt namn.'],
    ['name', { name: 'x'.repeat(121) }, 'Nimi voi olla enintään 120 merkkiä.', 'Namnet får vara högst 120 tecken.'],
    [
      'phone',
      { phone: '', email: '' },
      'Anna puhelinnumero tai sähköpostiosoite, jotta sinuun voidaan ottaa yhteyttä.',
      'Ange ett telefonnummer eller en e-postadress så att du kan bli kontaktad.',
    ],
    [
      'phone',
      { phone: 'soita' },
      'Kirjoita puhelinnumero numeroina, esimerkiksi 040 123 4567.',
      'Skriv telefonnumret med siffror, till exempel 040 123 4567.',
    ],
    [
      'email',
      { email: 'anna@' },
      'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
      'Skriv e-postadressen i formen namn@exempel.fi.',
    ],
    [
      'email',
      { email: 'a@b.fi\r\nBcc: x@y.fi' },
      'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.',
      'Skriv e-postadressen i formen namn@exempel.fi.',
    ],
    ['municipality', { municipality: '' }, 'Valitse kotikuntasi.', 'Välj din hemkommun.'],
    ['municipality', { municipality: 'atlantis' }, 'Valitse kunta luettelosta.', 'Välj en kommun i listan.'],
    ['training', { training: 'tuntematon' }, 'Valitse koulutus luettelosta.', 'Välj en utbildning i listan.'],
    ['service', { service: 'tuntematon' }, 'Valitse palvelu luettelosta.', 'Välj en tjänst i listan.'],
    [
      'contactLanguage',
      { contactLanguage: 'de' },
      'Valitse kieli, jolla sinuun otetaan yhteyttä.',
      'Välj på vilket språk du vill bli kontaktad.',
    ],
    [
      'message',
      { message: 'x'.repeat(1001) },
      'Viesti voi olla enintään 1000 merkkiä. Lyhennä sitä hieman.',
      'Meddelandet får vara högst 1000 tecken. Korta ner det lite.',
    ],
    [
      'consent',
      { consent: '' },
      'Anna suostumuksesi tietojen välittämiseen, jotta oppilaitos voi ottaa sinuun yhteyttä.',
      'Ge ditt samtycke till att uppgifterna förmedlas, så att läroanstalten kan kontakta dig.',
    ],
  ])('rejects %s %j with a message in Finnish and Swedish', (field, change, fi, sv) => {
    expect(errorsFor({ ...valid, ...change }, 'fi')[field]).toBe(fi);
    expect(errorsFor({ ...valid, ...change }, 'sv')[field]).toBe(sv);
  });

  it('shows no English default message for wrong types', () => {
    const errors = errorsFor(
      { name: 42, phone: [], email: {}, municipality: 7, contactLanguage: 1, consent: 'no' },
      'sv',
    );
    for (const message of Object.values(errors)) expect(message).not.toMatch(/expected|invalid input|received/i);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(['name', 'municipality', 'contactLanguage', 'consent']));
  });

  it.each([
    ['a line break in the name', { name: 'Anna\r\nBcc: x@y.fi' }, 'name'],
    ['NUL in the e-mail', { email: 'a@example.fi\u0000evil' }, 'email'],
    ['a bell in the name', { name: 'Anna\u0007' }, 'name'],
    ['a right-to-left override in the name', { name: 'Anna \u202eacirema' }, 'name'],
    ['a line break in the source', { source: 'ig\nX-Evil: 1' }, 'source'],
    ['a direction isolate in the message', { message: 'hei \u2067x' }, 'message'],
  ])('refuses %s instead of repairing it', (_name, change, field) => {
    const errors = errorsFor({ ...valid, ...change }, 'fi');
    expect(Object.keys(errors)).toContain(field);
  });

  it('refuses a name with no letters, such as only zero-width characters', () => {
    expect(errorsFor({ ...valid, name: '\u200b\u200c\u200d' }, 'sv')['name']).toBe('Skriv ditt namn med bokstäver.');
    expect(errorsFor({ ...valid, name: '...' }, 'fi')['name']).toBe('Kirjoita nimesi kirjaimin.');
  });

  it('keeps line breaks in the message, which may have several lines', () => {
    const result = createInterestSchema(schemaMessages('fi'), known).parse({
      ...valid,
      message: 'rivi 1\r\nrivi 2\tja',
    });
    expect(result.message).toBe('rivi 1\r\nrivi 2\tja');
  });

  it.each([
    ['sendCopy as a number', { sendCopy: 1 }, 'sendCopy'],
    ['sendCopy as a word', { sendCopy: 'yes' }, 'sendCopy'],
    ['locale of another language', { locale: 'en' }, 'locale'],
    ['locale as an array', { locale: ['fi'] }, 'locale'],
    ['the name as a number', { name: 42 }, 'name'],
    ['the message as an array', { message: ['a'] }, 'message'],
  ])('refuses %s: every field has one type', (_name, change, field) => {
    expect(Object.keys(errorsFor({ ...valid, ...change }, 'fi'))).toContain(field);
  });
});

describe('the rate limit message', () => {
  it('says the minutes to wait, and one minute in the singular', () => {
    expect(rateLimitedMessage('fi', 600)).toMatch(/Yritä uudelleen 10 minuutin kuluttua\.$/);
    expect(rateLimitedMessage('fi', 45)).toMatch(/Yritä uudelleen minuutin kuluttua\.$/);
    expect(rateLimitedMessage('sv', 540)).toMatch(/Försök igen om 9 minuter\.$/);
    expect(rateLimitedMessage('sv', 61)).toMatch(/Försök igen om 2 minuter\.$/);
    expect(rateLimitedMessage('sv', 1)).toMatch(/Försök igen om en minut\.$/);
  });
});
