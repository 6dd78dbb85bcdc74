/**
 * What an info session's printed poster says, per language. A session gets
 * a bilingual poster when it has text in both languages and either is held
 * in the other language or is meant for an officially bilingual
 * municipality: a poster in Borgå speaks to both language groups.
 */
import type { EventFacts } from '../content/schemas.ts';
import { type Locale, locales } from '../i18n/locales.ts';
import { type Catalog, type Doc, municipalities } from './catalog.ts';
import { withQuery } from './paths.ts';

export function posterLocales(doc: Doc<EventFacts>, catalog: Catalog, first: Locale): Locale[] {
  const towns = municipalities(catalog);
  const bilingualTown = doc.facts.municipalities.some((id) => towns.get(id)?.bilingual);
  const others = locales.filter(
    (l) => l !== first && doc.texts[l] && doc.texts[first] && (doc.facts.language === l || bilingualTown),
  );
  return [first, ...others];
}

/** The address the poster's QR code opens: the session's page, with the session recorded as the source. */
export function posterTarget(pagePath: string, locale: Locale, eventId: string): string {
  return withQuery(pagePath, locale, { source: `info-session:${eventId}` });
}
