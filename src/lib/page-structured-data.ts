/** Which structured data a page carries, by its kind: one decision for every page. */
import type { Catalog } from './catalog.ts';
import { byId, compareTrainings } from './catalog.ts';
import type { Route } from './routes.ts';
import { courseLd, courseListLd, eventLd, institutionLd, type JsonLd } from './structured-data.ts';

export function structuredDataFor(route: Route, catalog: Catalog, site: string): JsonLd | undefined {
  const ctx = { catalog, locale: route.locale, site };
  const id = route.id ?? '';
  switch (route.kind) {
    case 'training':
      return courseLd(byId(catalog.trainings, id)!, ctx);
    case 'trainingList':
      return courseListLd([...catalog.trainings].sort(compareTrainings(route.locale)), ctx);
    case 'event':
      return eventLd(byId(catalog.events, id)!, ctx);
    case 'institution':
      return institutionLd(id, ctx);
    default:
      return undefined;
  }
}
