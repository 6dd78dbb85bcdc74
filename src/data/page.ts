/** What every page component needs: its route, strings and the site's routes. */
import { useTranslations } from '../i18n/ui.ts';
import { buildRoutes, type Route } from '../lib/routes.ts';
import { getCatalog } from './catalog.ts';

let routes: Route[] | undefined;

export async function getRoutes(): Promise<Route[]> {
  routes ??= buildRoutes(await getCatalog());
  return routes;
}

export async function pageContext(route: Route) {
  const catalog = await getCatalog();
  return { catalog, routes: await getRoutes(), t: useTranslations(route.locale), locale: route.locale };
}
