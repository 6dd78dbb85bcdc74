import { describe, expect, it } from 'vitest';
import { campaignsFileSchema, type Campaign } from '../../src/content/schemas.ts';
import { insertRedirects, isActive, landingPath, loadCampaigns, redirectLines } from '../../src/lib/campaigns.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';
import { buildRoutes } from '../../src/lib/routes.ts';

const catalog = loadContentDir('content');
const routes = buildRoutes(catalog);
const story: Campaign = {
  code: 'tarina',
  description: 'Instagram-tarina',
  locale: 'fi',
  target: { kind: 'form', training: 'varasto-ja-trukkityo-laitila', municipality: 'laitila' },
  source: 'instagram-story',
  campaign: 'kevat',
  validFrom: '2027-01-01',
  validTo: '2027-01-31',
};

describe('campaign links', () => {
  it('are valid from the first to the last day, both included', () => {
    expect(isActive(story, '2026-12-31')).toBe(false);
    expect(isActive(story, '2027-01-01')).toBe(true);
    expect(isActive(story, '2027-01-31')).toBe(true);
    expect(isActive(story, '2027-02-01')).toBe(false);
    expect(isActive({ ...story, validTo: undefined }, '2099-01-01')).toBe(true);
  });

  it('land on the form with its presets, and with source and campaign only while valid', () => {
    expect(landingPath(story, routes, catalog, '2027-01-15')).toBe(
      '/fi/kiinnostus/?lahde=instagram-story&kampanja=kevat&koulutus=varasto-ja-trukkityo-laitila&kunta=laitila',
    );
    expect(landingPath(story, routes, catalog, '2027-02-01')).toBe(
      '/fi/kiinnostus/?koulutus=varasto-ja-trukkityo-laitila&kunta=laitila',
    );
  });

  it('name the parameters in the language of the page they land on', () => {
    const sv: Campaign = { ...story, locale: 'sv', target: { kind: 'event', id: 'kaksikielinen-info-porvoo' } };
    const url = new URL(landingPath(sv, routes, catalog, '2027-01-15'), 'https://x.example');
    expect(url.pathname).toBe('/sv/infotillfallen/kvallsinfo-i-borga/');
    expect(url.searchParams.get('källa')).toBe('instagram-story');
    expect(url.searchParams.get('kampanj')).toBe('kevat');
  });

  it('stop the build naming a target that does not exist', () => {
    const broken: Campaign = { ...story, target: { kind: 'training', id: 'ei-ole' } };
    expect(() => landingPath(broken, routes, catalog, '2027-01-15')).toThrow('Kampanja "tarina"');
  });

  it('reject a code used twice and dates in the wrong order', () => {
    const result = campaignsFileSchema.safeParse([story, { ...story, validTo: '2026-01-01' }]);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain(
      '1.validTo: Kampanja päättyy (validTo) ennen kuin se alkaa (validFrom). Tarkista päivämäärät.',
    );
    expect(messages).toContain('1.code: Koodi "tarina" on jo toisen kampanjan käytössä. Valitse toinen koodi.');
  });

  it('go before the catch-all 404 rules in _redirects', () => {
    const lines = redirectLines(loadCampaigns('content'), routes, catalog, '2027-01-15');
    const file = insertRedirects('/fi/*  /fi/404/  404\n/sv/*  /sv/404/  404\n', lines);
    const rules = file.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(rules.at(-1)).toBe('/sv/*  /sv/404/  404');
    expect(rules.findIndex((l) => l.startsWith('/i/'))).toBeLessThan(rules.indexOf('/fi/*  /fi/404/  404'));
  });
});
