import { describe, expect, it } from 'vitest';
import { relatedDocs, slugOf, textOf } from '../../src/lib/catalog.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';

const catalog = loadContentDir('content');

describe('what region and institution pages list', () => {
  it('lists a region’s trainings, services and upcoming events, continuous starts first', () => {
    const pirkanmaa = catalog.regions.find((r) => r.id === 'pirkanmaa')!.municipalities.map((m) => m.id);
    const { trainings, services, events } = relatedDocs(catalog, { municipalities: pirkanmaa }, '2026-11-23', 'fi');
    expect(trainings.map((t) => t.facts.institution)).toEqual(trainings.map(() => 'sasky'));
    expect(trainings.length).toBeGreaterThan(0);
    const starts = trainings.map((t) => (t.facts.start === 'continuous' ? '0' : t.facts.start));
    expect(starts).toEqual([...starts].sort());
    expect(services.some((s) => s.id === 'saskyn-omaohjaajat')).toBe(true);
    for (const e of events) expect(e.facts.municipalities.some((m) => pirkanmaa.includes(m))).toBe(true);
  });

  it('lists only an institution’s own things, and drops events that are over', () => {
    const before = relatedDocs(catalog, { institution: 'winnova' }, '2026-01-01', 'sv');
    const after = relatedDocs(catalog, { institution: 'winnova' }, '2030-01-01', 'sv');
    for (const doc of [...before.trainings, ...before.services, ...before.events]) {
      expect(doc.facts.institution).toBe('winnova');
    }
    expect(before.events.length).toBeGreaterThan(0);
    expect(after.events).toEqual([]);
    expect(after.trainings).toEqual(before.trainings);
  });

  it('shows the Finnish text and keeps the Finnish slug where Swedish is missing', () => {
    const kohti = catalog.trainings.find((t) => t.id === 'kohti-tyota')!;
    expect(textOf(kohti, 'sv')).toMatchObject({ lang: 'fi', fallback: true });
    expect(slugOf(kohti, 'sv')).toBe(slugOf(kohti, 'fi'));
  });
});
