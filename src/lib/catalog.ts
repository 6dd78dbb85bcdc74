/**
 * The site's content as plain data, and the pure questions pages ask of it.
 * Nothing here imports Astro: the same code serves the pages, the routing
 * table the function reads, and the unit tests.
 */
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { isUpcoming } from './dates.ts';
import type {
  EventFacts,
  Institution,
  Localized,
  PageFacts,
  Region,
  ServiceFacts,
  Text,
  TrainingFacts,
} from '../content/schemas.ts';

/** A training, service, event or plain page: facts once, text per language. */
export interface Doc<F> {
  /** Folder name: the translation key and the default slug. */
  id: string;
  facts: F;
  texts: Partial<Record<Locale, Text>>;
}

export interface Catalog {
  institutions: Array<Institution & { id: string }>;
  regions: Array<Region & { id: string }>;
  trainings: Array<Doc<TrainingFacts>>;
  services: Array<Doc<ServiceFacts>>;
  events: Array<Doc<EventFacts>>;
  pages: Array<Doc<PageFacts>>;
}

export interface Municipality {
  id: string;
  name: Localized;
  bilingual: boolean;
  guidance: string;
  region: string;
}

export function localize(value: Localized, locale: Locale): string {
  return value[locale] ?? value.fi;
}

/** The text to show in a language, falling back to Finnish. */
export function textOf<F>(doc: Doc<F>, locale: Locale): { text: Text; lang: Locale; fallback: boolean } {
  const own = doc.texts[locale];
  if (own) return { text: own, lang: locale, fallback: false };
  const text = doc.texts[defaultLocale];
  if (!text) throw new Error(`${doc.id} has no Finnish text (${defaultLocale}.md)`);
  return { text, lang: defaultLocale, fallback: true };
}

/** URL segment of a document in a language; a fallback page keeps the Finnish one. */
export function slugOf<F>(doc: Doc<F>, locale: Locale): string {
  const { text } = textOf(doc, locale);
  return text.slug ?? doc.id;
}

// Asked for on every page (facts, search filters): made once per list of regions.
const municipalityIndexes = new WeakMap<Catalog['regions'], Map<string, Municipality>>();

/** Every municipality by id, with its region; the same map for the same regions (do not change it). */
export function municipalities(catalog: Catalog): Map<string, Municipality> {
  const known = municipalityIndexes.get(catalog.regions);
  if (known) return known;
  const map = new Map<string, Municipality>();
  for (const region of catalog.regions) {
    for (const m of region.municipalities) map.set(m.id, { ...m, region: region.id });
  }
  municipalityIndexes.set(catalog.regions, map);
  return map;
}

export function sortedRegions(catalog: Catalog): Catalog['regions'] {
  return [...catalog.regions].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

// Every page looks up its own document: an index per list keeps a build of n pages O(n), not O(n²).
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

export function byId<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  let index = indexes.get(items) as Map<string, T> | undefined;
  // A list that changed since it was indexed (ids are unique, so the size tells) is indexed again.
  if (!index || index.size !== items.length) {
    index = new Map();
    for (const item of items) if (!index.has(item.id)) index.set(item.id, item);
    indexes.set(items, index);
  }
  return index.get(id);
}

/** Region ids a document reaches through its municipalities, in region order. */
export function regionsOf(catalog: Catalog, municipalityIds: readonly string[]): string[] {
  const index = municipalities(catalog);
  const ids = new Set(municipalityIds.map((m) => index.get(m)?.region).filter((r) => r !== undefined));
  return sortedRegions(catalog)
    .map((r) => r.id)
    .filter((id) => ids.has(id));
}

/** Continuous starts first (one can begin now), then by date, then by title. */
export function compareTrainings(locale: Locale) {
  return (a: Doc<TrainingFacts>, b: Doc<TrainingFacts>): number => {
    const ka = a.facts.start === 'continuous' ? '0' : a.facts.start;
    const kb = b.facts.start === 'continuous' ? '0' : b.facts.start;
    return ka.localeCompare(kb) || textOf(a, locale).text.title.localeCompare(textOf(b, locale).text.title, locale);
  };
}

export function inMunicipalities<F extends { municipalities: string[] }>(
  docs: ReadonlyArray<Doc<F>>,
  ids: readonly string[],
): Array<Doc<F>> {
  return docs.filter((d) => d.facts.municipalities.some((m) => ids.includes(m)));
}

export function compareEvents(a: Doc<EventFacts>, b: Doc<EventFacts>): number {
  return a.facts.start.localeCompare(b.facts.start);
}

/** What a region or institution page lists: its trainings, services and upcoming events, in reading order. */
export function relatedDocs(
  catalog: Catalog,
  match: { municipalities?: readonly string[]; institution?: string },
  today: string,
  locale: Locale,
) {
  const keep = <F extends { municipalities: string[]; institution: string }>(docs: ReadonlyArray<Doc<F>>) =>
    docs.filter(
      (d) =>
        (match.institution === undefined || d.facts.institution === match.institution) &&
        (match.municipalities === undefined || d.facts.municipalities.some((m) => match.municipalities!.includes(m))),
    );
  return {
    trainings: keep(catalog.trainings).sort(compareTrainings(locale)),
    services: keep(catalog.services),
    events: keep(catalog.events)
      .filter((e) => isUpcoming(e.facts, today))
      .sort(compareEvents),
  };
}
