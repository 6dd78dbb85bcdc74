/**
 * Turns language-independent facts into the rows and one-line summaries a
 * reader sees, in their language. Pure: pages render these, tests read them.
 */
import type { Locale } from '../i18n/locales.ts';
import { countText, hasUiKey, type Translate } from '../i18n/ui.ts';
import type { EventFacts, ServiceFacts, TrainingFacts, Venue } from '../content/schemas.ts';
import { byId, type Catalog, type Doc, localize, municipalities, slugOf, textOf } from './catalog.ts';
import { formatDate, formatEventTime } from './dates.ts';
import { municipalityPath } from './municipalities.ts';
import { itemPath } from './paths.ts';

export interface FactValue {
  text: string;
  href?: string;
  /** Set when the value is in another language than the page (a Finnish fallback title). */
  lang?: Locale;
}
export interface FactRow {
  label: string;
  values: FactValue[];
  /**
   * False for what nobody searches by (dates, lengths, contact details): shown on the page but left
   * out of the search index, where every training would match "2027" and the index would grow by
   * a word per date and address.
   */
  searched?: false;
}

export interface FactContext {
  catalog: Catalog;
  locale: Locale;
  t: Translate;
}

function label(t: Translate, key: string): string {
  return hasUiKey(key) ? t(key) : key;
}

function institutionValue({ catalog, locale }: FactContext, id: string): FactValue {
  const inst = byId(catalog.institutions, id);
  return { text: inst ? localize(inst.name, locale) : id, href: itemPath(locale, 'institutions', id) };
}

function municipalityValues({ catalog, locale }: FactContext, ids: readonly string[]): FactValue[] {
  const index = municipalities(catalog);
  return ids.flatMap((id) => {
    const m = index.get(id);
    return m ? [{ text: localize(m.name, locale), href: municipalityPath(locale, m) }] : [];
  });
}

export function startText(facts: Pick<TrainingFacts, 'start'>, t: Translate): string {
  return facts.start === 'continuous' ? t('facts.continuousStart') : formatDate(facts.start);
}

export function trainingRows(doc: Doc<TrainingFacts>, ctx: FactContext): FactRow[] {
  const { t } = ctx;
  const f = doc.facts;
  const rows: FactRow[] = [
    { label: t('facts.institution'), values: [institutionValue(ctx, f.institution)] },
    { label: t('facts.municipalities'), values: municipalityValues(ctx, f.municipalities) },
    { label: t('facts.fields'), values: f.fields.map((id) => ({ text: label(t, `field.${id}`) })) },
    { label: t('facts.format'), values: [{ text: t(`format.${f.format}`) }] },
    { label: t('facts.teachingLanguage'), values: [{ text: t(`language.${f.teachingLanguage}`) }] },
  ];
  if (f.languageSupport)
    rows.push({ label: t('facts.languageSupport'), values: [{ text: t('facts.languageSupportYes') }] });
  rows.push({ label: t('facts.start'), values: [{ text: startText(f, t) }], searched: false });
  if (f.end) rows.push({ label: t('facts.end'), values: [{ text: formatDate(f.end) }], searched: false });
  rows.push({
    label: t('facts.applicationPeriod'),
    values: [
      {
        text: f.applicationPeriod
          ? `${formatDate(f.applicationPeriod.opens)}–${formatDate(f.applicationPeriod.closes)}`
          : t('facts.applicationContinuous'),
      },
    ],
    searched: false,
  });
  rows.push({
    label: t('facts.duration'),
    values: [{ text: durationText(f.duration, t) }],
    searched: false,
  });
  rows.push({
    label: t('facts.cost'),
    values: [{ text: costText(f.costEuros, t) }],
  });
  rows.push({ label: t('facts.targetGroups'), values: f.targetGroups.map((g) => ({ text: t(`targetGroup.${g}`) })) });
  if (f.apprenticeship)
    rows.push({ label: t('facts.apprenticeship'), values: [{ text: t('facts.apprenticeshipYes') }] });
  rows.push({ label: t('facts.contact'), values: contactValues(f.contact), searched: false });
  return rows;
}

export function serviceRows(doc: Doc<ServiceFacts>, ctx: FactContext): FactRow[] {
  const { t } = ctx;
  const f = doc.facts;
  return [
    { label: t('facts.serviceType'), values: [{ text: t(`serviceType.${f.type}`) }] },
    { label: t('facts.institution'), values: [institutionValue(ctx, f.institution)] },
    { label: t('facts.municipalities'), values: municipalityValues(ctx, f.municipalities) },
    { label: t('facts.format'), values: [{ text: t(`format.${f.format}`) }] },
    { label: t('facts.language'), values: f.languages.map((l) => ({ text: t(`language.${l}`) })) },
    { label: t('facts.contact'), values: contactValues(f.contact), searched: false },
  ];
}

export function eventRows(doc: Doc<EventFacts>, ctx: FactContext): FactRow[] {
  const { t, locale, catalog } = ctx;
  const f = doc.facts;
  const place: FactValue[] =
    f.place.kind === 'address'
      ? [{ text: venueText(f.place, ctx) }]
      : [{ text: `${t('facts.online')}: ${f.place.platform}`, href: f.place.url }];
  const rows: FactRow[] = [
    { label: t('facts.date'), values: [{ text: formatEventTime(f.start, f.end, locale) }], searched: false },
    { label: t('facts.place'), values: place },
    { label: t('facts.language'), values: [{ text: t(`language.${f.language}`) }] },
    { label: t('facts.institution'), values: [institutionValue(ctx, f.institution)] },
    { label: t('facts.municipalities'), values: municipalityValues(ctx, f.municipalities) },
  ];
  const registration: FactValue[] = [];
  if (!f.registration) registration.push({ text: t('facts.registrationNotNeeded') });
  else {
    if (f.registration.deadline)
      registration.push({ text: t('facts.registrationBy', { date: formatDate(f.registration.deadline) }) });
    if (f.registration.url) registration.push({ text: f.registration.url, href: f.registration.url });
    if (f.registration.email) registration.push({ text: f.registration.email, href: `mailto:${f.registration.email}` });
  }
  rows.push({ label: t('facts.registration'), values: registration, searched: false });
  const trainings = f.trainings.flatMap((id) => {
    const doc = byId(catalog.trainings, id);
    if (!doc) return [];
    const { text, lang } = textOf(doc, locale);
    return [
      {
        text: text.title,
        href: itemPath(locale, 'trainings', slugOf(doc, locale)),
        ...(lang === locale ? {} : { lang }),
      },
    ];
  });
  if (trainings.length) rows.push({ label: t('facts.relatedTrainings'), values: trainings });
  return rows;
}

/** "Dickursby bibliotek, Näckrosvägen 4, 01300 Vanda": venue, street and town in the reader's language. */
export function venueText(place: Venue, { catalog, locale }: Pick<FactContext, 'catalog' | 'locale'>): string {
  const town = municipalities(catalog).get(place.municipality);
  const townName = town ? localize(town.name, locale) : place.municipality;
  return `${localize(place.name, locale)}, ${localize(place.street, locale)}, ${place.postalCode} ${townName}`;
}

export function contactValues(contact: TrainingFacts['contact']): FactValue[] {
  const values: FactValue[] = [{ text: contact.name }];
  // Non-breaking spaces keep a phone number on one line.
  if (contact.phone)
    values.push({ text: contact.phone.replace(/ /g, '\u00a0'), href: `tel:${contact.phone.replace(/[^+0-9]/g, '')}` });
  if (contact.email) values.push({ text: contact.email, href: `mailto:${contact.email}` });
  return values;
}

/** "Hae viimeistään 12.2.2027", or "Jatkuva haku" when applications are taken all the time. */
export function applicationText(facts: Pick<TrainingFacts, 'applicationPeriod'>, t: Translate): string {
  return facts.applicationPeriod
    ? `${t('facts.applyBy')} ${formatDate(facts.applicationPeriod.closes)}`
    : t('facts.applicationContinuous');
}

/** "5 kuukautta", and "1 kuukausi" in the singular (both languages change the word after 1). */
export function durationText(duration: TrainingFacts['duration'], t: Translate): string {
  return countText(t, `duration.${duration.unit}`, duration.value);
}

function costText(costEuros: number, t: Translate): string {
  return costEuros === 0 ? t('facts.free') : t('cost.euros', { n: costEuros });
}

/**
 * One line under a title in lists: "Careeria · Porvoo · Alkaa 1.2.2027 ·
 * Hae viimeistään 12.1.2027 · Lähiopetus"; the cost only when it is not free.
 */
export function trainingMeta(doc: Doc<TrainingFacts>, ctx: FactContext): string[] {
  const { catalog, locale, t } = ctx;
  const f = doc.facts;
  const inst = byId(catalog.institutions, f.institution);
  return [
    inst ? localize(inst.name, locale) : f.institution,
    municipalityValues(ctx, f.municipalities)
      .map((v) => v.text)
      .join(', '),
    `${t('facts.start')} ${f.start === 'continuous' ? t('facts.startAnyTime') : formatDate(f.start)}`,
    applicationText(f, t),
    ...(f.costEuros > 0 ? [`${t('facts.cost')} ${costText(f.costEuros, t)}`] : []),
    t(`format.${f.format}`),
  ];
}

/**
 * What a jobseeker on a phone decides by, shown above the first call to
 * action: when it starts, by when to apply, what it costs, where and in
 * which language.
 */
export function trainingKeyFacts(doc: Doc<TrainingFacts>, ctx: FactContext): FactRow[] {
  const { t } = ctx;
  const f = doc.facts;
  const start = f.start === 'continuous' ? t('facts.flexibleStart') : formatDate(f.start);
  return [
    { label: t('facts.start'), values: [{ text: start }] },
    f.applicationPeriod
      ? { label: t('facts.applyBy'), values: [{ text: formatDate(f.applicationPeriod.closes) }] }
      : { label: t('facts.applicationPeriod'), values: [{ text: t('facts.applicationContinuous') }] },
    { label: t('facts.cost'), values: [{ text: costText(f.costEuros, t) }] },
    // "Kieli" rather than "Opetuskieli": short labels keep two columns on a 320 px screen.
    { label: t('facts.language'), values: [{ text: t(`language.${f.teachingLanguage}`) }] },
    {
      label: t('facts.where'),
      values: [...municipalityValues(ctx, f.municipalities), { text: t(`format.${f.format}`) }],
    },
  ];
}

/** The same for a guidance service: what it is, in which language, where. */
export function serviceKeyFacts(doc: Doc<ServiceFacts>, ctx: FactContext): FactRow[] {
  const { t } = ctx;
  const f = doc.facts;
  return [
    { label: t('facts.serviceType'), values: [{ text: t(`serviceType.${f.type}`) }] },
    { label: t('facts.language'), values: f.languages.map((l) => ({ text: t(`language.${l}`) })) },
    {
      label: t('facts.where'),
      values: [...municipalityValues(ctx, f.municipalities), { text: t(`format.${f.format}`) }],
    },
  ];
}

export function serviceMeta(doc: Doc<ServiceFacts>, ctx: FactContext): string[] {
  const inst = byId(ctx.catalog.institutions, doc.facts.institution);
  return [
    ctx.t(`serviceType.${doc.facts.type}`),
    inst ? localize(inst.name, ctx.locale) : doc.facts.institution,
    municipalityValues(ctx, doc.facts.municipalities)
      .map((v) => v.text)
      .join(', '),
    ctx.t(`format.${doc.facts.format}`),
  ];
}

export function eventMeta(doc: Doc<EventFacts>, ctx: FactContext): string[] {
  const f = doc.facts;
  return [
    formatEventTime(f.start, f.end, ctx.locale),
    f.place.kind === 'address' ? localize(f.place.name, ctx.locale) : `${ctx.t('facts.online')}: ${f.place.platform}`,
  ];
}
