/**
 * The checked catalog from the content collection, and the Astro entries
 * for rendering bodies. While content has a mistake every page throws it as
 * an error that the dev server shows in the browser, pointing at the
 * content file and line (a build stops earlier, in content-check).
 */
import { type CollectionEntry, getEntry, render } from 'astro:content';
import type { Locale } from '../i18n/locales.ts';
import type { Catalog } from '../lib/catalog.ts';
import { contentError } from '../lib/content-error.ts';
import type { Problem } from '../lib/references.ts';
import type { DocumentKind } from '../content/schemas.ts';

type TextCollection = 'trainingTexts' | 'serviceTexts' | 'eventTexts' | 'pageTexts';
const textCollections: Record<DocumentKind, TextCollection> = {
  trainings: 'trainingTexts',
  services: 'serviceTexts',
  events: 'eventTexts',
  pages: 'pageTexts',
};

interface Checked {
  catalog: Catalog;
  problems: Problem[];
  dir: string;
}

async function readCatalog(): Promise<Catalog> {
  const entry = await getEntry('catalog', 'catalog');
  if (!entry) throw new Error('The content collection is empty: is the content folder there?');
  const { catalog, problems, dir } = entry.data as unknown as Checked;
  if (problems.length) throw contentError(problems, dir);
  return catalog;
}

let kept: Promise<Catalog> | undefined;

/**
 * The checked catalog. The dev server reads it afresh for every page, as content changes under it;
 * a build and the function, where it cannot change, read it once (every page asks several times).
 */
export function getCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return readCatalog();
  return (kept ??= readCatalog());
}

/** The rendered Markdown body of a document in a language (the caller has picked the fallback). */
export async function renderBody(kind: DocumentKind, id: string, locale: Locale) {
  const entry = (await getEntry(textCollections[kind], `${id}/${locale}`)) as
    CollectionEntry<TextCollection> | undefined;
  if (!entry) throw new Error(`No ${locale} text for ${kind}/${id}`);
  return render(entry);
}
