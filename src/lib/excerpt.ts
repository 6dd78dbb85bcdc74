/**
 * What a search result shows under its title. Pagefind's excerpt is the
 * page's text around the matched words; when the words matched only the
 * hidden search words (the editor's keywords and compound parts, which start
 * with their label, e.g. "Hakusanat:"), that excerpt would be a bare word list,
 * so the page's summary is shown instead.
 */
export function readableExcerpt(
  excerpt: string,
  label: string,
  summary: string | undefined,
): { html: string } | { text: string } {
  const at = excerpt.indexOf(`${label}:`);
  const firstMark = excerpt.indexOf('<mark>');
  const onlySearchWords = at >= 0 && (firstMark < 0 || firstMark > at);
  return onlySearchWords && summary ? { text: summary } : { html: excerpt };
}
