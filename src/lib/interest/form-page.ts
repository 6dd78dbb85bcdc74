/** The form page rendered by the function for a browser without JavaScript: values kept, errors shown. */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import InterestForm from '../../islands/interest-form.ts';
import type { Locale } from '../../i18n/locales.ts';
import { escapeHtml } from './escape.ts';
import { replaceForm } from './confirmation.ts';
import { formStrings, schemaMessages } from './messages.ts';
import { formOptions, type RoutingTable } from './routing.ts';

/** The built pages the function fills in, written by the build (src/generated/interest-pages.json). */
export interface PageTemplates {
  form: Partial<Record<Locale, string>>;
  thanks: Partial<Record<Locale, string>>;
  privacy: Partial<Record<Locale, string>>;
}

export function createFormPageRenderer(table: RoutingTable, templates: PageTemplates) {
  return ({
    locale,
    values,
    errors,
  }: {
    locale: Locale;
    values: Record<string, string>;
    errors: Record<string, string>;
  }) => {
    const form = renderToStaticMarkup(
      createElement(InterestForm, {
        locale,
        strings: formStrings(locale),
        messages: schemaMessages(locale),
        options: formOptions(table, locale),
        action: '/api/interest',
        privacyHref: templates.privacy[locale],
        values,
        errors,
      }),
    );
    const template = templates.form[locale];
    return template
      ? replaceForm(template, form)
      : `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml('Polku')}</title></head><body>${form}</body></html>`;
  };
}
