/**
 * Lets build integrations see each page as Astro prerenders it: the middleware
 * hands every prerendered HTML page to the watchers registered here, and
 * writes what they return. The search index and the CSP hashes take their
 * pages this way instead of reading thousands of files back from dist/ after
 * the build.
 *
 * Kept on `globalThis` because Astro loads the integrations and the
 * prerendered middleware as separate module graphs in one process. Only a
 * build registers watchers, so in the dev server and in the function the
 * middleware passes pages through untouched.
 */

/** Sees one page: its address and HTML; returns the HTML to write, or nothing to keep it as it is. */
export type PageWatcher = (path: string, html: string) => string | void;

const key = Symbol.for('polku.prerendered-page-watchers');

function watchers(): Map<string, PageWatcher> {
  const shared = globalThis as { [key]?: Map<string, PageWatcher> };
  return (shared[key] ??= new Map());
}

/** For integrations, at `astro:build:start`: `watcher` sees every page prerendered from now on, in order of registration. */
export function watchPrerenderedPagesForIntegrations(name: string, watcher: PageWatcher): void {
  watchers().set(name, watcher);
}

/** For integrations, when their build is over: stop watching. */
export function stopWatchingPrerenderedPages(name: string): void {
  watchers().delete(name);
}

export const watchingPrerenderedPages = (): boolean => watchers().size > 0;

/** For the middleware: the page as the watchers leave it. */
export function prerenderedPage(path: string, html: string): string {
  let out = html;
  for (const watch of watchers().values()) out = watch(path, out) ?? out;
  return out;
}

/**
 * One name for a page, whether from the address the middleware saw ("/fi/koulutukset/",
 * "/404") or from its file in dist/ ("fi/koulutukset/index.html", "404.html").
 */
export function pageKey(pathOrFile: string): string {
  return pathOrFile
    .replace(/^\/+/, '')
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/\/+$/, '');
}
