import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/lib/content-files.ts';
import { courseLd, courseListLd, eventLd, institutionLd, serializeLd } from '../../src/lib/structured-data.ts';

const catalog = loadContentDir('content');
const ctx = { catalog, locale: 'sv' as const, site: 'https://polku.example' };
const event = (id: string) => catalog.events.find((e) => e.id === id)!;

describe('structured data (schema.org JSON-LD)', () => {
  it('describes a training as a Course with its provider', () => {
    const doc = catalog.trainings.find((t) => t.id === 'kaupan-ala-ruotsiksi')!;
    const ld = courseLd(doc, ctx);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Handel och kundservice – utbildning på svenska',
      url: expect.stringMatching(/^https:\/\/polku\.example\/sv\/utbildningar\/.+\/$/),
      provider: { '@type': 'EducationalOrganization', name: 'Prakticum', url: expect.stringMatching(/^https:/) },
    });
  });

  it('lists trainings as a summary ItemList: position and the address of each Course, nothing more', () => {
    const ld = courseListLd(catalog.trainings, ctx);
    const items = ld['itemListElement'] as Array<Record<string, unknown>>;
    expect(ld['@type']).toBe('ItemList');
    expect(items.map((i) => i['position'])).toEqual(catalog.trainings.map((_, i) => i + 1));
    // Each address is the one the training's own Course gives, so the two always agree.
    expect(items.map((i) => i['url'])).toEqual(catalog.trainings.map((doc) => courseLd(doc, ctx)['url']));
    expect(items.every((i) => Object.keys(i).sort().join() === '@type,position,url' && i['@type'] === 'ListItem')).toBe(
      true,
    );
  });

  it('gives an event in a building its offset times, Place and PostalAddress', () => {
    // 31.3.2027 is after clocks went forward (summer time, +03:00); 10.3.2027 is before (+02:00).
    expect(eventLd(event('kaksikielinen-info-porvoo'), ctx)).toMatchObject({
      '@type': 'EducationEvent',
      startDate: '2027-03-31T17:00:00+03:00',
      endDate: '2027-03-31T18:30:00+03:00',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          streetAddress: ctx.locale === 'sv' ? 'Prästgatan 20' : 'Papinkatu 20',
          postalCode: '06100',
          addressLocality: ctx.locale === 'sv' ? 'Borgå' : 'Porvoo',
          addressCountry: 'FI',
        },
      },
      organizer: { '@type': 'EducationalOrganization', name: 'Careeria' },
    });
    expect(eventLd(event('aamukahvi-info-tampere'), ctx)['startDate']).toBe('2027-03-10T09:00:00+02:00');
  });

  it('gives an online event a VirtualLocation and the online attendance mode', () => {
    expect(eventLd(event('ruotsinkielinen-info-kauppa'), ctx)).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: 'https://info.prakticum.example/handel' },
    });
  });

  it('describes an institution as an Organization', () => {
    expect(institutionLd('sataedu', ctx)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'EducationalOrganization',
      name: 'Sataedu',
      url: 'https://www.sataedu.fi/',
    });
  });

  it('never lets text close the script element', () => {
    const text = serializeLd({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
