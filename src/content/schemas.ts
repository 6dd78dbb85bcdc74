/**
 * Content schemas: the one place that says what an editor may write under
 * `content/`. The content reader (src/lib/content-files.ts) checks every file
 * with them; custom messages are Finnish noun phrases or sentences that
 * src/lib/content-messages.ts puts into the editor's message.
 *
 * Facts that do not depend on language live in `facts.yaml` (or a region's or
 * institution's YAML file); each language's Markdown holds only text.
 */
import { z } from 'zod';
import { locales } from '../i18n/locales.ts';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'tunnus pienillä kirjaimilla a–z, numeroilla ja väliviivoilla, esimerkiksi porvoo');

// YAML reads an unquoted 2027-02-01 as a date object; dates stay plain strings here.
const fromYamlDate = (length: number) => (value: unknown) =>
  value instanceof Date ? value.toISOString().slice(0, length) : value;
const isoDate = z.preprocess(
  fromYamlDate(10),
  z.iso.date({ message: 'päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2027-02-01' }),
);
const isoDateTime = z.preprocess(
  fromYamlDate(16),
  z.iso.datetime({ local: true, message: 'aika muodossa VVVV-KK-PPTHH:MM, esimerkiksi 2027-01-20T14:00' }),
);

/** Text per language; Finnish is required, the others fall back to it. */
export const localized = z.object({ fi: z.string().min(1), sv: z.string().min(1).optional() }).strict();
export type Localized = z.infer<typeof localized>;

export const languageCode = z.enum(['fi', 'sv', 'en']);

export const fieldIds = [
  'logistics',
  'property-services',
  'social-and-health',
  'construction',
  'restaurant',
  'cleaning',
  'technology',
  'commerce',
  'ict',
  'transport',
  'forestry',
  'general',
] as const;
export const targetGroupIds = ['under-30', 'long-term-unemployed', 'other-language', 'all-jobseekers'] as const;
export const serviceTypeIds = [
  'personal-coach',
  'education-counselling',
  'career-guidance',
  'language-support',
  'online-guidance',
] as const;
export const formats = ['contact', 'online', 'blended'] as const;

const contact = z
  .object({
    /** The person to ask, e.g. "Taina Paananen". */
    name: z.string().min(1),
    /** Phone number as people dial it in Finland, e.g. "040 123 4567". */
    phone: z.string().regex(/^\+?[0-9 ()-]{6,20}$/, 'puhelinnumero, esimerkiksi 040 123 4567').optional(),
    /** A public e-mail address. */
    email: z.email().optional(),
  })
  .strict();

const intakeChannel = z
  .object({
    /** Municipality ids this channel covers; every served municipality needs one channel. */
    municipalities: z.array(id).min(1),
    /** Where expressions of interest are e-mailed. Use a reserved example domain in samples. */
    email: z.email(),
    /** Optional HTTPS endpoint of the institution's own system; its secret comes from the environment. */
    webhook: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();

export const institutionSchema = z
  .object({
    /** Name per language, e.g. { fi: Kuhmon kaupunki, sv: Kuhmo stad }. */
    name: localized,
    /** A short introduction per language, one or two sentences. */
    description: localized,
    /** The institution's own website. */
    website: z.url(),
    /** Municipality ids (from content/regions) where the institution works. */
    municipalities: z.array(id).min(1),
    /** The language intake staff read; forwarded messages are written in it. */
    staffLanguage: z.enum(locales),
    /** Where expressions of interest go, per municipality. */
    intake: z.array(intakeChannel).min(1),
    /** General contact shown on the institution page. */
    contact: contact.optional(),
  })
  .strict();

const municipality = z
  .object({
    /** Stable id used in URLs, forms and routing, e.g. "mantta-vilppula". */
    id,
    /** Name per language, e.g. { fi: Porvoo, sv: Borgå }. */
    name: localized,
    /** Officially bilingual (Finnish and Swedish) municipality. */
    bilingual: z.boolean().default(false),
    /** Institution whose intake handles general requests for guidance from this municipality. */
    guidance: id,
  })
  .strict();

export const regionSchema = z
  .object({
    /** Name of the employment area per language. */
    name: localized,
    /** One or two sentences about the area's services, per language. */
    description: localized,
    /** Position in lists; smaller comes first. */
    order: z.number().int().default(100),
    /** The municipalities of the area. */
    municipalities: z.array(municipality).min(1),
  })
  .strict();

const period = z
  .object({
    /** First day, YYYY-MM-DD. */
    opens: isoDate,
    /** Last day, YYYY-MM-DD. */
    closes: isoDate,
  })
  .strict()
  .refine((p) => p.opens <= p.closes, { message: 'Hakuaika päättyy (closes) ennen kuin se alkaa (opens). Tarkista päivämäärät.', path: ['closes'] });

export const trainingFactsSchema = z
  .object({
    /** Institution id (file name under content/institutions). */
    institution: id,
    /** Municipality ids where the training is open to jobseekers. */
    municipalities: z.array(id).min(1),
    /** One or more fields; a two-field training lists both. */
    fields: z.array(z.enum(fieldIds)).min(1),
    /** contact, online or blended. */
    format: z.enum(formats),
    /** Language of instruction. */
    teachingLanguage: languageCode,
    /** Whether language support (e.g. plain Finnish, a language teacher) is offered. */
    languageSupport: z.boolean().default(false),
    /** A date (YYYY-MM-DD), or "continuous" when people can start at any time. */
    start: z.union([z.literal('continuous'), isoDate]),
    /** Last day, when the training has a fixed end. */
    end: isoDate.optional(),
    /** Application period; leave out when applications are taken continuously. */
    applicationPeriod: period.optional(),
    /** Typical length. */
    duration: z.object({ value: z.number().positive(), unit: z.enum(['days', 'weeks', 'months']) }).strict(),
    /** What the jobseeker pays, in euros; 0 when free. */
    costEuros: z.number().min(0).default(0),
    /** Who the training is meant for. */
    targetGroups: z.array(z.enum(targetGroupIds)).min(1),
    /** Also possible as an apprenticeship (oppisopimus). */
    apprenticeship: z.boolean().default(false),
    /** Who answers questions. */
    contact,
  })
  .strict()
  .refine((t) => t.start === 'continuous' || !t.end || t.start <= t.end, {
    message: 'Koulutus päättyy (end) ennen kuin se alkaa (start). Tarkista päivämäärät.',
    path: ['end'],
  });

export const serviceFactsSchema = z
  .object({
    /** Institution id that runs the service. */
    institution: id,
    /** Municipality ids where the service is available. */
    municipalities: z.array(id).min(1),
    /** What kind of help this is. */
    type: z.enum(serviceTypeIds),
    /** contact (in person), online or blended. */
    format: z.enum(formats),
    /** Languages the service is given in. */
    languages: z.array(languageCode).min(1),
    /** Who to contact. */
    contact,
  })
  .strict();

export const eventFactsSchema = z
  .object({
    /** Organising institution id. */
    institution: id,
    /** Municipality ids the event is meant for. */
    municipalities: z.array(id).min(1),
    /** Start, local Finnish time, YYYY-MM-DDTHH:MM. */
    start: isoDateTime,
    /** End, local Finnish time. */
    end: isoDateTime,
    /** Where it happens: an address, or online with the link people follow. */
    place: z.union([
      z.object({ kind: z.literal('address'), name: z.string().min(1), address: z.string().min(1) }).strict(),
      z
        .object({ kind: z.literal('online'), platform: z.string().min(1), url: z.url({ protocol: /^https$/ }) })
        .strict(),
    ]),
    /** Language the event is held in. */
    language: languageCode,
    /** Training ids (folder names under content/trainings) presented at the event. */
    trainings: z.array(id).default([]),
    /** Registration: leave out when people can just come. */
    registration: z
      .object({ deadline: isoDate.optional(), url: z.url().optional(), email: z.email().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((e) => e.start < e.end, { message: 'Tapahtuma päättyy (end) ennen kuin se alkaa (start). Tarkista ajat.', path: ['end'] });

export const pageFactsSchema = z
  .object({
    /** First published, YYYY-MM-DD. */
    published: isoDate.optional(),
    /** Last reviewed, YYYY-MM-DD (the accessibility statement must show it). */
    reviewed: isoDate.optional(),
  })
  .strict();

/** Frontmatter of every language file (fi.md, sv.md…) of a training, service, event or page. */
export const textSchema = z
  .object({
    /** The page title in this language. */
    title: z.string().min(3),
    /** The URL segment in this language; defaults to the folder name. */
    slug: id.optional(),
    /** One or two sentences for lists, search results and the meta description (at most 200 characters). */
    summary: z.string().min(20).max(200),
  })
  .strict();

export type Institution = z.infer<typeof institutionSchema>;
export type Region = z.infer<typeof regionSchema>;
export type TrainingFacts = z.infer<typeof trainingFactsSchema>;
export type ServiceFacts = z.infer<typeof serviceFactsSchema>;
export type EventFacts = z.infer<typeof eventFactsSchema>;
export type PageFacts = z.infer<typeof pageFactsSchema>;
export type Text = z.infer<typeof textSchema>;

/** Collections whose entries are a folder of facts.yaml plus one Markdown file per language. */
export const documentKinds = {
  trainings: trainingFactsSchema,
  services: serviceFactsSchema,
  events: eventFactsSchema,
  pages: pageFactsSchema,
} as const;
export type DocumentKind = keyof typeof documentKinds;
