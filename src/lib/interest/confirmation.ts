/** Fills the built confirmation page (a template) with the reference and the institution. */
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { escapeHtml } from './escape.ts';
import { thanksParams } from './paths.ts';
import { parseReference } from './reference.ts';
import { localizedName, type RoutingTable } from './routing.ts';

function fill(html: string, attribute: string, text: string): string {
  return html.replace(new RegExp(`(<[^>]*\\b${attribute}\\b[^>]*>)[^<]*(<)`), `$1${escapeHtml(text)}$2`);
}

export function fillConfirmation(
  template: string,
  locale: Locale,
  search: URLSearchParams,
  table: RoutingTable,
): string {
  const t = useTranslations(locale);
  const reference = parseReference(search.get(thanksParams.reference));
  // Own properties only: "__proto__" or "constructor" in the address is not an institution.
  const id = search.get(thanksParams.institution) ?? '';
  const institution = Object.hasOwn(table.institutions, id) ? table.institutions[id] : undefined;
  let html = template;
  if (reference) html = fill(html, 'data-interest-reference', reference);
  if (institution)
    html = fill(
      html,
      'data-interest-institution',
      t('confirmation.institution', { institution: localizedName(institution.name, locale) }),
    );
  return html;
}

/** Puts a server-rendered form in place of the island on the built form page. */
export function replaceForm(template: string, formHtml: string): string {
  const start = template.indexOf('data-interest-form>');
  const end = template.indexOf('<span data-interest-form-end');
  if (start < 0 || end < 0) return formHtml;
  const open = start + 'data-interest-form>'.length;
  const close = template.lastIndexOf('</div>', end);
  return `${template.slice(0, open)}${formHtml}${template.slice(close)}`;
}
