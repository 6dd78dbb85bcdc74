/**
 * Astro writes the style rule of its island elements into the <body>, just
 * before the first island. HTML allows <style> only in the <head>, so the build
 * moves it there (same text, so the same CSP hash); browsers apply it either way.
 */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

/** The page with Astro's island style moved to the end of its <head>; other pages unchanged. */
export function hoistIslandStyle(html: string): string {
  const at = html.indexOf(ISLAND_STYLE);
  const headEnd = html.indexOf('</head>');
  if (at === -1 || headEnd === -1 || at < headEnd) return html;
  const without = html.slice(0, at) + html.slice(at + ISLAND_STYLE.length);
  return without.slice(0, headEnd) + ISLAND_STYLE + without.slice(headEnd);
}
