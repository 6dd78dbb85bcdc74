/**
 * The messages: one to the institution's intake staff in their language
 * (plain text and HTML, Reply-To the person when they gave an e-mail), and an
 * optional confirmation to the person that carries none of their answers.
 */
import type { Locale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/ui.ts';
import { escapeHtml, headerSafe } from './escape.ts';
import type { InterestConfig } from './config.ts';
import type { InterestRecord } from './record.ts';
import { localizedName, type RoutingTable } from './routing.ts';

export interface MailMessage {
  from: string;
  to: string;
  replyTo?: { name: string; address: string };
  subject: string;
  text: string;
  html: string;
  messageId: string;
  headers: Record<string, string>;
  /** Language of the message, for Content-Language. */
  language: Locale;
  /** Files carried with the message (the monthly summary's CSV). */
  attachments?: Array<{ filename: string; content: string; contentType: string }>;
}

/** Working days within which the institution gets in touch (shown to the person and to staff). */
export const contactWithinWorkingDays = 5;

/** The part of the configuration a message needs: its sender and the staging override. */
export type MailEnv = Pick<InterestConfig, 'mailFrom' | 'overrideEmail'>;

function rows(list: Array<[string, string]>): { text: string; html: string } {
  return {
    text: list.map(([k, v]) => `${k}: ${v}`).join('\n'),
    html: `<table>${list.map(([k, v]) => `<tr><th align="left" valign="top">${escapeHtml(k)}</th><td>${escapeHtml(v).replace(/\n/g, '<br>')}</td></tr>`).join('')}</table>`,
  };
}

function page(lang: Locale, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}</body></html>`;
}

export function topicOf(record: InterestRecord, table: RoutingTable, locale: Locale): string {
  const { training, service } = record.submission;
  const t = useTranslations(locale);
  if (training && table.trainings[training]) return localizedName(table.trainings[training].title, locale);
  if (service && table.services[service]) return localizedName(table.services[service].title, locale);
  return t('mail.topicGuidance');
}

export function institutionMail(record: InterestRecord, table: RoutingTable, env: MailEnv): MailMessage {
  const lang = record.destination.staffLanguage;
  const t = useTranslations(lang);
  const s = record.submission;
  const none = t('mail.none');
  const municipality = table.municipalities[s.municipality];
  const list: Array<[string, string]> = [
    [t('mail.reference'), record.reference],
    [t('mail.name'), s.name],
    [t('mail.phone'), s.phone || none],
    [t('mail.email'), s.email || none],
    [t('mail.municipality'), municipality ? localizedName(municipality.name, lang) : s.municipality],
    ...(s.training ? [[t('mail.training'), topicOf(record, table, lang)] as [string, string]] : []),
    ...(s.service && table.services[s.service]
      ? [[t('mail.service'), localizedName(table.services[s.service]!.title, lang)] as [string, string]]
      : []),
    ...(!s.training && !s.service ? [[t('mail.training'), t('mail.guidance')] as [string, string]] : []),
    [t('mail.contactLanguage'), t(`form.contactLanguage.${s.contactLanguage}`)],
    [t('mail.formLanguage'), t(`form.contactLanguage.${s.locale}`)],
    [t('mail.message'), s.message || none],
    [t('mail.source'), s.source || none],
    [t('mail.campaign'), s.campaign || none],
    [t('mail.consentAt'), record.consentAt],
  ];
  const intro = t('mail.intro', { days: contactWithinWorkingDays });
  const table_ = rows(list);
  const subject = headerSafe(t('mail.subject', { reference: record.reference, topic: topicOf(record, table, lang) }));
  return {
    from: env.mailFrom,
    to: env.overrideEmail ?? record.destination.email,
    ...(s.email ? { replyTo: { name: headerSafe(s.name, 120), address: s.email } } : {}),
    subject,
    text: `${intro}\n\n${table_.text}\n\n${t('mail.footer')}\n`,
    html: page(lang, subject, `<p>${escapeHtml(intro)}</p>${table_.html}<p>${escapeHtml(t('mail.footer'))}</p>`),
    messageId: `<${record.reference}.institution@polku>`,
    headers: { 'X-Polku-Reference': record.reference },
    language: lang,
  };
}

/** The person's own confirmation: reference, institution, next steps; none of their answers. */
export function copyMail(record: InterestRecord, table: RoutingTable, env: MailEnv): MailMessage | undefined {
  const s = record.submission;
  if (!s.sendCopy || !s.email) return undefined;
  const lang = s.locale;
  const t = useTranslations(lang);
  const institution = table.institutions[record.destination.institution];
  const name = institution ? localizedName(institution.name, lang) : record.destination.institution;
  const subject = headerSafe(t('mail.copySubject', { reference: record.reference }));
  const paragraphs = [
    t('mail.copyGreeting'),
    t('mail.copyBody', { institution: name }),
    `${t('confirmation.reference')}: ${record.reference}`,
    t('confirmation.nextTitle'),
    t('confirmation.next1', { days: contactWithinWorkingDays }),
    t('confirmation.next2'),
    t('mail.copyNoReply'),
    t('mail.copySignature'),
  ];
  return {
    from: env.mailFrom,
    to: env.overrideEmail ?? s.email,
    subject,
    text: `${paragraphs.join('\n\n')}\n`,
    html: page(lang, subject, paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('')),
    messageId: `<${record.reference}.copy@polku>`,
    headers: { 'X-Polku-Reference': record.reference },
    language: lang,
  };
}
