/**
 * What a page's share image says: its title and a few key facts, in the
 * page's language, and where the image is. Pure; src/lib/share-image.ts draws it.
 */
import type { Locale } from '../i18n/locales.ts';
import { type Translate, type UiKey } from '../i18n/ui.ts';
import { byId, type Catalog, localize, municipalities, textOf } from './catalog.ts';
import { eventMeta, serviceMeta, trainingMeta } from './facts.ts';
import type { PageKind, Route } from './routes.ts';

export const shareSize = { width: 1200, height: 630 } as const;

/** Page kinds with a share image: the pages people share and the pages campaign links land on. */
const titles: Partial<Record<PageKind, UiKey>> = {
  home: 'site.tagline',
  trainingList: 'trainings.title',
  serviceList: 'services.title',
  institutionList: 'institutions.title',
  regionList: 'regions.title',
  eventList: 'events.title',
  interest: 'interest.title',
  search: 'search.title',
  training: 'trainings.title',
  service: 'services.title',
  event: 'events.title',
  institution: 'institutions.title',
  region: 'regions.title',
};

export function hasShareImage(route: Route): boolean {
  return route.kind in titles;
}

/** "/share/fi/training/kohti-tyota.png": one folder, outside the pages, for caching and headers. */
export function shareImagePath(route: Route): string | undefined {
  return hasShareImage(route) ? `/share/${route.locale}/${route.kind}/${route.id ?? 'index'}.png` : undefined;
}

export interface ShareCard {
  locale: Locale;
  title: string;
  facts: string[];
  footer: string;
}

function names(catalog: Catalog, ids: readonly string[], locale: Locale): string {
  const index = municipalities(catalog);
  return ids.map((id) => (index.get(id) ? localize(index.get(id)!.name, locale) : id)).join(', ');
}

export function shareCard(route: Route, catalog: Catalog, t: Translate): ShareCard {
  const locale = route.locale;
  const ctx = { catalog, locale, t };
  const footer = `${t('site.name')} · ${t('site.shortTagline')}`;
  const id = route.id ?? '';
  switch (route.kind) {
    case 'training': {
      const d = byId(catalog.trainings, id)!;
      return { locale, title: textOf(d, locale).text.title, facts: trainingMeta(d, ctx), footer };
    }
    case 'service': {
      const d = byId(catalog.services, id)!;
      return { locale, title: textOf(d, locale).text.title, facts: serviceMeta(d, ctx), footer };
    }
    case 'event': {
      const d = byId(catalog.events, id)!;
      return { locale, title: textOf(d, locale).text.title, facts: eventMeta(d, ctx), footer };
    }
    case 'institution': {
      const i = byId(catalog.institutions, id)!;
      return { locale, title: localize(i.name, locale), facts: [names(catalog, i.municipalities, locale)], footer };
    }
    case 'region': {
      const r = byId(catalog.regions, id)!;
      const ids = r.municipalities.map((m) => m.id);
      return { locale, title: localize(r.name, locale), facts: [names(catalog, ids, locale)], footer };
    }
    default:
      return { locale, title: t(titles[route.kind] ?? 'site.tagline'), facts: [t('site.description')], footer };
  }
}
