/** Strings for the schema, the form and the function, from the strings files. */
import type { Locale } from '../../i18n/locales.ts';
import { countText, useTranslations, type UiKey } from '../../i18n/ui.ts';
import { limits, type InterestMessages, messageKeys } from './schema.ts';

export function schemaMessages(locale: Locale): InterestMessages {
  const t = useTranslations(locale);
  const max = { 'form.error.nameTooLong': limits.name, 'form.error.messageTooLong': limits.message } as Record<
    string,
    number
  >;
  return Object.fromEntries(messageKeys.map((k) => [k, t(k, { max: max[k] ?? '' })])) as InterestMessages;
}

/** Every form.* string the island shows, already filled in, so the island ships no strings files. */
export const formKeys = [
  'form.errorSummary.title',
  'form.error.prefix',
  'form.required.note',
  'form.name.label',
  'form.name.hint',
  'form.contact.legend',
  'form.contact.hint',
  'form.phone.label',
  'form.phone.hint',
  'form.email.label',
  'form.municipality.label',
  'form.municipality.hint',
  'form.municipality.choose',
  'form.institution.only',
  'form.institution.showAll',
  'form.training.label',
  'form.training.hint',
  'form.training.none',
  'form.service.label',
  'form.service.none',
  'form.contactLanguage.legend',
  'form.contactLanguage.fi',
  'form.contactLanguage.sv',
  'form.contactLanguage.en',
  'form.contactLanguage.other',
  'form.message.label',
  'form.message.hint',
  'form.sendCopy.label',
  'form.sendCopy.hint',
  'form.consent.legend',
  'form.consent.label',
  'form.consent.privacy',
  'form.honeypot.label',
  'form.submit',
  'form.sending',
  'interest.error.network',
  'interest.error.rateLimited',
] as const satisfies readonly UiKey[];
export type FormKey = (typeof formKeys)[number];
export type FormStrings = Record<FormKey, string>;

export function formStrings(locale: Locale): FormStrings {
  const t = useTranslations(locale);
  return Object.fromEntries(formKeys.map((k) => [k, t(k, { max: limits.message })])) as FormStrings;
}

/** "Yritä uudelleen 10 minuutin kuluttua", and in the singular for one minute ("om en minut"). */
export function rateLimitedMessage(locale: Locale, waitSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(waitSeconds / 60));
  return countText(useTranslations(locale), 'interest.error.rateLimited', minutes, 'minutes');
}
