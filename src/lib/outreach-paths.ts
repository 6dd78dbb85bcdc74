/** Addresses of the outreach pages: the sessions' archive, posters and the editors' campaign list. */
import type { Locale } from '../i18n/locales.ts';
import { itemPath, pagePath, sectionPath } from './paths.ts';

export const archiveSlug: Record<Locale, string> = { fi: 'arkisto', sv: 'arkiv' };
export const posterSlug: Record<Locale, string> = { fi: 'juliste', sv: 'affisch' };
export const campaignsSlug: Record<Locale, string> = { fi: 'kampanjalinkit', sv: 'kampanjlankar' };

export function archivePath(locale: Locale): string {
  return `${sectionPath(locale, 'events')}${archiveSlug[locale]}/`;
}

export function posterPath(locale: Locale, eventSlug: string): string {
  return `${itemPath(locale, 'events', eventSlug)}${posterSlug[locale]}/`;
}

export function campaignsPath(locale: Locale): string {
  return pagePath(locale, campaignsSlug[locale]);
}
