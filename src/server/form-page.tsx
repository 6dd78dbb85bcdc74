/**
 * The form page rendered by the function for a browser without JavaScript:
 * the same form component as the page, with the values kept and the errors shown.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import InterestForm from '../islands/InterestForm.tsx';
import type { Locale } from '../i18n/locales.ts';
import { replaceForm } from '../lib/interest/confirmation.ts';
import { escapeHtml } from '../lib/interest/escape.ts';
import { formStrings, schemaMessages } from '../lib/interest/messages.ts';
import { formOptions, type RoutingTable } from '../lib/interest/routing.ts';

/** The built pages the function fills in, written by the build (src/generated/interest-pages.json). */
export interface PageTemplates {
  form: Partial<Record<Locale, string>>;
  thanks: Partial<Record<Locale, string>>;
  privacy: Partial<Record<Locale, string>>;
}

export function createFormPageRenderer(table: RoutingTable, templates: PageTemplates) {
  return ({ locale, values, errors }: { locale: Locale; values: Record<string, string>; errors: Record<string, string> }) => {
    const form = renderToStaticMarkup(
      <InterestForm
        locale={locale}
        strings={formStrings(locale)}
        messages={schemaMessages(locale)}
        options={formOptions(table, locale)}
        action="/api/interest"
        privacyHref={templates.privacy[locale]}
        values={values}
        errors={errors}
      />,
    );
    const template = templates.form[locale];
    return template
      ? replaceForm(template, form)
      : `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml('Polku')}</title></head><body>${form}</body></html>`;
  };
}
