/**
 * Schema.org structured data (JSON-LD) for search engines: Course on a
 * training, an ItemList of their addresses on the trainings list, EducationEvent on an
 * info session and Organization on an institution. Pure: pages render the
 * objects through one component, tests check them.
 */
import type { EventFacts, TrainingFacts } from '../content/schemas.ts';
import type { Locale } from '../i18n/locales.ts';
import { byId, type Catalog, type Doc, localize, municipalities, slugOf, textOf } from './catalog.ts';
import { withHelsinkiOffset } from './helsinki-time.ts';
import { itemPath } from './paths.ts';

export type JsonLd = Record<string, unknown>;
const context = 'https://schema.org';

export interface LdContext {
  catalog: Catalog;
  locale: Locale;
  /** The site's origin, e.g. "https://polku.example": structured data needs absolute URLs. */
  site: string;
}

const absolute = (site: string, path: string) => new URL(path, site).href;

export function organizationLd(id: string, ctx: LdContext): JsonLd {
  const inst = byId(ctx.catalog.institutions, id);
  if (!inst) throw new Error(`No institution ${id}`);
  return {
    '@type': 'EducationalOrganization',
    name: localize(inst.name, ctx.locale),
    description: localize(inst.description, ctx.locale),
    url: inst.website,
    ...(inst.contact?.email ? { email: inst.contact.email } : {}),
    ...(inst.contact?.phone ? { telephone: inst.contact.phone } : {}),
  };
}

const courseUrl = (doc: Doc<TrainingFacts>, ctx: LdContext) =>
  absolute(ctx.site, itemPath(ctx.locale, 'trainings', slugOf(doc, ctx.locale)));

function course(doc: Doc<TrainingFacts>, ctx: LdContext): JsonLd {
  const { text, lang } = textOf(doc, ctx.locale);
  const provider = organizationLd(doc.facts.institution, ctx);
  return {
    '@type': 'Course',
    name: text.title,
    description: text.summary,
    url: courseUrl(doc, ctx),
    inLanguage: doc.facts.teachingLanguage,
    provider: { '@type': provider['@type'], name: provider['name'], url: provider['url'] },
    isAccessibleForFree: doc.facts.costEuros === 0,
    ...(lang !== ctx.locale ? { availableLanguage: lang } : {}),
  };
}

export function courseLd(doc: Doc<TrainingFacts>, ctx: LdContext): JsonLd {
  return { '@context': context, ...course(doc, ctx) };
}

/**
 * The trainings list is a summary page: each training has its own page with its Course, so the
 * list names only their addresses, as search engines ask of a summary page. Repeating every Course
 * here made the list twice as heavy (half of it, with 2,000 trainings) and said nothing new.
 */
export function courseListLd(docs: ReadonlyArray<Doc<TrainingFacts>>, ctx: LdContext): JsonLd {
  return {
    '@context': context,
    '@type': 'ItemList',
    itemListElement: docs.map((doc, i) => ({ '@type': 'ListItem', position: i + 1, url: courseUrl(doc, ctx) })),
  };
}

function location(facts: EventFacts, ctx: LdContext): JsonLd {
  const place = facts.place;
  if (place.kind === 'online') return { '@type': 'VirtualLocation', url: place.url };
  const town = municipalities(ctx.catalog).get(place.municipality);
  return {
    '@type': 'Place',
    name: localize(place.name, ctx.locale),
    address: {
      '@type': 'PostalAddress',
      streetAddress: localize(place.street, ctx.locale),
      postalCode: place.postalCode,
      addressLocality: town ? localize(town.name, ctx.locale) : place.municipality,
      addressCountry: 'FI',
    },
  };
}

export function eventLd(doc: Doc<EventFacts>, ctx: LdContext): JsonLd {
  const { text } = textOf(doc, ctx.locale);
  const org = organizationLd(doc.facts.institution, ctx);
  const online = doc.facts.place.kind === 'online';
  return {
    '@context': context,
    '@type': 'EducationEvent',
    name: text.title,
    description: text.summary,
    url: absolute(ctx.site, itemPath(ctx.locale, 'events', slugOf(doc, ctx.locale))),
    startDate: withHelsinkiOffset(doc.facts.start),
    endDate: withHelsinkiOffset(doc.facts.end),
    inLanguage: doc.facts.language,
    eventAttendanceMode: `${context}/${online ? 'OnlineEventAttendanceMode' : 'OfflineEventAttendanceMode'}`,
    eventStatus: `${context}/EventScheduled`,
    location: location(doc.facts, ctx),
    isAccessibleForFree: true,
    organizer: { '@type': org['@type'], name: org['name'], url: org['url'] },
  };
}

export function institutionLd(id: string, ctx: LdContext): JsonLd {
  return { '@context': context, ...organizationLd(id, ctx) };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so text can never close the element. */
export function serializeLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
