import { describe, expect, it } from 'vitest';
import { byId } from '../../src/lib/catalog.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';
import {
  allMunicipalities,
  guidanceFor,
  municipalityPath,
  municipalityPathById,
  municipalitySlug,
  offerFor,
  slugify,
} from '../../src/lib/municipalities.ts';
import { findRoute, buildRoutes } from '../../src/lib/routes.ts';

const catalog = loadContentDir('tests/fixtures/content');

describe('municipality addresses', () => {
  it('turn names into URL segments without diacritics', () => {
    expect(slugify('Borgå')).toBe('borga');
    expect(slugify('Mänttä-Vilppula')).toBe('mantta-vilppula');
    expect(slugify('Björneborg')).toBe('bjorneborg');
    expect(slugify('Tavastkyro')).toBe('tavastkyro');
    expect(slugify(' Å Ä Ö ')).toBe('a-a-o');
  });

  it('keep the id in Finnish and take the Swedish name in Swedish', () => {
    const kerava = { id: 'kerava', name: { fi: 'Kerava', sv: 'Kervo' } };
    expect(municipalitySlug(kerava, 'fi')).toBe('kerava');
    expect(municipalitySlug(kerava, 'sv')).toBe('kervo');
    expect(municipalityPath('sv', kerava)).toBe('/sv/kommuner/kervo/');
    expect(municipalityPath('fi', kerava)).toBe('/fi/kunnat/kerava/');
  });

  it('fall back to the id when a municipality has no Swedish name', () => {
    expect(municipalitySlug({ id: 'kihnio', name: { fi: 'Kihniö' } }, 'sv')).toBe('kihnio');
  });

  it('are in the route table as pairs of alternates', () => {
    const routes = buildRoutes(catalog);
    const sv = findRoute(routes, 'sv', 'municipality', 'porvoo');
    expect(sv.path).toBe('/sv/kommuner/borga/');
    expect(sv.alternates).toEqual({ fi: '/fi/kunnat/porvoo/', sv: '/sv/kommuner/borga/' });
    expect(routes.filter((r) => r.kind === 'municipality')).toHaveLength(allMunicipalities(catalog).length * 2);
    expect(municipalityPathById(catalog, 'sv', 'vantaa')).toBe('/sv/kommuner/vanda/');
    expect(municipalityPathById(catalog, 'sv', 'nowhere')).toBeUndefined();
  });
});

describe('what a municipality offers', () => {
  it('lists the documents that name the municipality, and only those', () => {
    const porvoo = offerFor(catalog, 'porvoo', '2026-01-01', 'fi');
    expect(porvoo.trainings.map((d) => d.id)).toEqual(['testi']);
    expect(porvoo.services.map((d) => d.id)).toEqual(['testi']);
    expect(porvoo.events.map((d) => d.id)).toEqual(['testi']);
    const kerava = offerFor(catalog, 'kerava', '2026-01-01', 'fi');
    expect([...kerava.trainings, ...kerava.services, ...kerava.events]).toEqual([]);
  });

  it('leaves out events that are over', () => {
    expect(offerFor(catalog, 'porvoo', '2027-01-21', 'fi').events).toEqual([]);
  });

  it('names the guidance institution and its intake address for that municipality', () => {
    const kerava = guidanceFor(catalog, 'kerava')!;
    expect(kerava.institution.id).toBe('keuda');
    const channel = byId(catalog.institutions, 'keuda')!.intake.find((c) => c.municipalities.includes('kerava'))!;
    expect(kerava.intakeEmail).toBe(channel.email);
    expect(guidanceFor(catalog, 'nowhere')).toBeUndefined();
  });
});
