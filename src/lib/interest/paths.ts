/** Addresses of the interest pages, and reading presets from a form page's query string. */
import { type Locale, locales, queryParams, type QueryParam } from '../../i18n/locales.ts';
import { sectionPath } from '../paths.ts';

export const thanksSegment: Record<Locale, string> = { fi: 'kiitos', sv: 'tack' };
/** Query names on the confirmation page: the reference and the institution id (neither is personal data). */
export const thanksParams = { reference: 'viite', institution: 'oppilaitos' } as const;

export function thanksPath(locale: Locale): string {
  return `${sectionPath(locale, 'interest')}${thanksSegment[locale]}/`;
}

export function thanksUrl(locale: Locale, reference: string, institution?: string): string {
  const q = new URLSearchParams({ [thanksParams.reference]: reference });
  if (institution) q.set(thanksParams.institution, institution);
  return `${thanksPath(locale)}?${q.toString()}`;
}

/** Presets from `?koulutus=…&lahde=…` in either language's names. */
export function readPresets(search: string | URLSearchParams): Partial<Record<QueryParam, string>> {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const out: Partial<Record<QueryParam, string>> = {};
  for (const key of Object.keys(queryParams) as QueryParam[]) {
    for (const locale of locales) {
      const value = params.get(queryParams[key][locale]);
      if (value && !out[key]) out[key] = value.slice(0, 120);
    }
  }
  return out;
}
