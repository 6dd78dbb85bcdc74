/** What every page component needs: its route, strings and the site's routes. */
import { useTranslations } from '../i18n/ui.ts';
import type { Catalog } from '../lib/catalog.ts';
import { buildRoutes, type Route } from '../lib/routes.ts';
import { getCatalog } from './catalog.ts';

// Built once per catalog: once in a build, again in dev only after content changed.
const routesOf = new WeakMap<Catalog, Route[]>();

export async function getRoutes(): Promise<Route[]> {
  const catalog = await getCatalog();
  let routes = routesOf.get(catalog);
  if (!routes) routesOf.set(catalog, (routes = buildRoutes(catalog)));
  return routes;
}

export async function pageContext(route: Route) {
  const catalog = await getCatalog();
  return { catalog, routes: await getRoutes(), t: useTranslations(route.locale), locale: route.locale };
}
