/**
 * A municipality's own page: its address in each language and what a
 * resident can join there. Pure, so the pages, the route table and the tests
 * ask the same questions.
 */
import type { Locale } from '../i18n/locales.ts';
import type { Institution, Localized } from '../content/schemas.ts';
import { byId, type Catalog, municipalities, type Municipality, relatedDocs } from './catalog.ts';
import { itemPath } from './paths.ts';

/** "Borgå" → "borga", "Mänttä-Vilppula" → "mantta-vilppula": a name as a URL segment. */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A municipality's URL segment. Finnish keeps the stable id (the one forms and
 * routing use); other languages use the municipality's own name in that
 * language, so Swedish readers see /sv/kommuner/kervo/ for Kerava.
 */
export function municipalitySlug(m: { id: string; name: Localized }, locale: Locale): string {
  if (locale === 'fi') return m.id;
  const name = m.name[locale];
  return name ? slugify(name) || m.id : m.id;
}

export function municipalityPath(locale: Locale, m: { id: string; name: Localized }): string {
  return itemPath(locale, 'municipalities', municipalitySlug(m, locale));
}

/** The municipality's page address by id; undefined for an id no region lists. */
export function municipalityPathById(catalog: Catalog, locale: Locale, id: string): string | undefined {
  const m = municipalities(catalog).get(id);
  return m ? municipalityPath(locale, m) : undefined;
}

/** Every municipality of every region, in region order as the regions list them. */
export function allMunicipalities(catalog: Catalog): Municipality[] {
  return [...municipalities(catalog).values()];
}

/** What a resident of one municipality can join: its trainings, guidance services and upcoming events. */
export function offerFor(catalog: Catalog, municipalityId: string, today: string, locale: Locale) {
  return relatedDocs(catalog, { municipalities: [municipalityId] }, today, locale);
}

export interface Guidance {
  institution: Institution & { id: string };
  /** Where the institution takes requests from this municipality (the interest form sends there too). */
  intakeEmail: string | undefined;
}

/** The institution that guides the municipality's residents, with its intake address for them. */
export function guidanceFor(catalog: Catalog, municipalityId: string): Guidance | undefined {
  const m = municipalities(catalog).get(municipalityId);
  const institution = m ? byId(catalog.institutions, m.guidance) : undefined;
  if (!institution) return undefined;
  const channel = institution.intake.find((c) => c.municipalities.includes(municipalityId));
  return { institution, intakeEmail: channel?.email };
}
