/** Every URL of the site is made here, so sections and slugs change in one place. */
import { type Locale, type QueryParam, queryParams, type Section, sections } from '../i18n/locales.ts';

export function homePath(locale: Locale): string {
  return `/${locale}/`;
}

export function sectionPath(locale: Locale, section: Section): string {
  return `/${locale}/${sections[section][locale]}/`;
}

export function itemPath(locale: Locale, section: Section, slug: string): string {
  return `${sectionPath(locale, section)}${slug}/`;
}

export function pagePath(locale: Locale, slug: string): string {
  return `/${locale}/${slug}/`;
}

/** A link with query parameters named in the reader's language (`?koulutus=…`, `?utbildning=…`). */
export function withQuery(path: string, locale: Locale, params: Partial<Record<QueryParam, string>>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params) as Array<[QueryParam, string | undefined]>) {
    if (value) search.set(queryParams[key][locale], value);
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** The interest form, already set to a training, service or municipality. */
export function interestPath(locale: Locale, preset: Partial<Record<QueryParam, string>> = {}): string {
  return withQuery(sectionPath(locale, 'interest'), locale, preset);
}
