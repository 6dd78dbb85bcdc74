/**
 * Loads the content collections once per build into a plain Catalog and
 * keeps the Astro entries for rendering bodies. Broken references stop the
 * build here with the file, field and reason.
 */
import { type CollectionEntry, getCollection, render } from 'astro:content';
import { isLocale, type Locale } from '../i18n/locales.ts';
import type { Catalog, Doc } from '../lib/catalog.ts';
import { checkReferences, formatProblems } from '../lib/references.ts';
import type { DocumentKind, Text } from '../content/schemas.ts';

type TextCollection = 'trainingTexts' | 'serviceTexts' | 'eventTexts' | 'pageTexts';
const textCollections: Record<DocumentKind, TextCollection> = {
  trainings: 'trainingTexts',
  services: 'serviceTexts',
  events: 'eventTexts',
  pages: 'pageTexts',
};

const bodies = new Map<string, CollectionEntry<TextCollection>>();
let loaded: Promise<Catalog> | undefined;

async function loadDocs(kind: DocumentKind): Promise<Array<Doc<unknown>>> {
  const facts = await getCollection(kind);
  const texts = await getCollection(textCollections[kind]);
  const byDoc = new Map<string, Partial<Record<Locale, Text>>>();
  for (const entry of texts) {
    const [docId, locale] = entry.id.split('/');
    if (!docId || !isLocale(locale)) continue;
    bodies.set(`${kind}/${entry.id}`, entry);
    byDoc.set(docId, { ...byDoc.get(docId), [locale]: entry.data });
  }
  return facts
    .map((entry) => ({ id: entry.id, facts: entry.data, texts: byDoc.get(entry.id) ?? {} }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function load(): Promise<Catalog> {
  const [institutions, regions, trainings, services, events, pages] = await Promise.all([
    getCollection('institutions'),
    getCollection('regions'),
    loadDocs('trainings') as Promise<Catalog['trainings']>,
    loadDocs('services') as Promise<Catalog['services']>,
    loadDocs('events') as Promise<Catalog['events']>,
    loadDocs('pages') as Promise<Catalog['pages']>,
  ]);
  const catalog: Catalog = {
    institutions: institutions.map((e) => ({ id: e.id, ...e.data })).sort((a, b) => a.id.localeCompare(b.id)),
    regions: regions.map((e) => ({ id: e.id, ...e.data })),
    trainings,
    services,
    events,
    pages,
  };
  const problems = checkReferences(catalog);
  if (problems.length) throw new Error(`Content has ${problems.length} problem(s):\n${formatProblems(problems)}`);
  return catalog;
}

export function getCatalog(): Promise<Catalog> {
  loaded ??= load();
  return loaded;
}

/** The rendered Markdown body of a document in a language (the caller has picked the fallback). */
export async function renderBody(kind: DocumentKind, id: string, locale: Locale) {
  await getCatalog();
  const entry = bodies.get(`${kind}/${id}/${locale}`);
  if (!entry) throw new Error(`No ${locale} text for ${kind}/${id}`);
  return render(entry);
}
