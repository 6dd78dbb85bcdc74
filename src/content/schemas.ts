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

/** What an id points at. The web editor offers the existing ones as a list to pick from (src/lib/cms/config.ts). */
export type IdTarget = 'institution' | 'municipality' | 'training' | 'service';
const idOf = (target: IdTarget) => id.meta({ refersTo: target });
const institutionId = idOf('institution');
const municipalityId = idOf('municipality');

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
    municipalities: z.array(municipalityId).min(1),
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
    municipalities: z.array(municipalityId).min(1),
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
    guidance: institutionId,
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
    institution: institutionId,
    /** Municipality ids where the training is open to jobseekers. */
    municipalities: z.array(municipalityId).min(1),
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
    institution: institutionId,
    /** Municipality ids where the service is available. */
    municipalities: z.array(municipalityId).min(1),
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

const postalCodeHint = "postinumero viidellä numerolla lainausmerkeissä, esimerkiksi '01300'";

/**
 * A venue, named and addressed in the reader's language: a Swedish page shows
 * "Dickursby bibliotek, Näckrosvägen 4, 01300 Vanda", a Finnish one
 * "Tikkurilan kirjasto, Lummetie 4, 01300 Vantaa". Swedish may be left out only
 * where no Swedish name exists; in a bilingual municipality every street has
 * one, so there the reference check requires it.
 */
const venue = z
  .object({
    kind: z.literal('address'),
    /** The venue per language, e.g. { fi: Tikkurilan kirjasto, sv: Dickursby bibliotek }; sv only when it has no Swedish name (e.g. Kuhmo-talo). */
    name: localized,
    /** Street and number per language, e.g. { fi: Lummetie 4, sv: Näckrosvägen 4 }; in a Finnish-only municipality (Pori, Tampere) streets have a Finnish name only, so leave sv out. */
    street: localized,
    /** Five digits in quotes, e.g. '01300' (unquoted, YAML would read 01300 as the number 1300). */
    postalCode: z.string({ error: postalCodeHint }).regex(/^\d{5}$/, postalCodeHint),
    /** Municipality id (from content/regions) of the venue; the town is shown in the reader's language (Pori / Björneborg). */
    municipality: municipalityId,
  })
  .strict();

export const eventFactsSchema = z
  .object({
    /** Organising institution id. */
    institution: institutionId,
    /** Municipality ids the event is meant for. */
    municipalities: z.array(municipalityId).min(1),
    /** Start, local Finnish time, YYYY-MM-DDTHH:MM. */
    start: isoDateTime,
    /** End, local Finnish time. */
    end: isoDateTime,
    // Discriminated by kind, so a mistake inside a venue is reported field by field.
    /** Where it happens: a venue with its address, or online with the link people follow. */
    place: z.discriminatedUnion('kind', [
      venue,
      z
        .object({ kind: z.literal('online'), platform: z.string().min(1), url: z.url({ protocol: /^https$/ }) })
        .strict(),
    ]),
    /** Language the event is held in. */
    language: languageCode,
    /** Training ids (folder names under content/trainings) presented at the event. */
    trainings: z.array(idOf('training')).default([]),
    /** Registration: leave out when people can just come. */
    registration: z
      .object({ deadline: isoDate.optional(), url: z.url().optional(), email: z.email().optional() })
      .strict()
      .optional(),
  })
  .strict()
  .refine((e) => e.start < e.end, { message: 'Infotilaisuus päättyy (end) ennen kuin se alkaa (start). Tarkista ajat.', path: ['end'] });

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
    /**
     * Search words in this language that the text may not contain: the occupations a training
     * leads to and the everyday words people type, e.g. [lähihoitaja, hoitaja, vanhustenhoito].
     * Words, not facts, so each language file has its own list (a Finnish fallback page uses the
     * Finnish one). Indexed with extra weight and split into compound parts; never shown on the page.
     */
    keywords: z.array(z.string().trim().min(2)).optional(),
  })
  .strict();

export type Institution = z.infer<typeof institutionSchema>;
export type Region = z.infer<typeof regionSchema>;
export type TrainingFacts = z.infer<typeof trainingFactsSchema>;
export type ServiceFacts = z.infer<typeof serviceFactsSchema>;
export type EventFacts = z.infer<typeof eventFactsSchema>;
export type Venue = z.infer<typeof venue>;
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

// --- Campaigns (content/campaigns.yaml): short links /i/<code> for Instagram, slides and posters ---

/** Where a campaign link lands: a page of the site, or the interest form with presets. */
const campaignTarget = z.discriminatedUnion('kind', [
  z
    .object({
      /** A page about one thing: a training, service, event, institution or region. */
      kind: z.enum(['training', 'service', 'event', 'institution', 'region']),
      /** Its id: the folder or file name under content/. */
      id,
    })
    .strict(),
  z
    .object({
      /** A section's front page: home, the lists, or the search. */
      kind: z.enum(['home', 'trainingList', 'serviceList', 'eventList', 'regionList', 'search']),
    })
    .strict(),
  z
    .object({
      /** The interest form. */
      kind: z.literal('form'),
      /** Training id the form is set to. */
      training: idOf('training').optional(),
      /** Service id the form is set to. */
      service: idOf('service').optional(),
      /** Municipality id the form is set to. */
      municipality: municipalityId.optional(),
    })
    .strict(),
]);

export const campaignSchema = z
  .object({
    /** The short path: /i/<code>. Lowercase letters, digits and hyphens; never reuse an old code. */
    code: id,
    /** What the campaign is, for the editors' list (not shown to visitors). */
    description: z.string().min(3),
    /** Language of the page it lands on. */
    locale: z.enum(locales),
    /** The page it lands on. */
    target: campaignTarget,
    /** Where people saw the link, e.g. "instagram" or "info-session:koulutusinfo-vantaa". */
    source: z.string().regex(/^[a-z0-9][a-z0-9:._-]{0,63}$/, 'lähde pienillä kirjaimilla a–z, numeroilla ja merkeillä : . _ -, esimerkiksi instagram'),
    /** The campaign's name in reports, e.g. "kevat-2027-bio". */
    campaign: id,
    /** First day the source and campaign are recorded, YYYY-MM-DD. */
    validFrom: isoDate,
    /** Last day they are recorded; afterwards the link still lands on the page, without them. */
    validTo: isoDate.optional(),
  })
  .strict()
  .refine((c) => !c.validTo || c.validFrom <= c.validTo, {
    message: 'Kampanja päättyy (validTo) ennen kuin se alkaa (validFrom). Tarkista päivämäärät.',
    path: ['validTo'],
  });

export const campaignsFileSchema = z.array(campaignSchema).superRefine((list, ctx) => {
  const seen = new Set<string>();
  list.forEach((c, i) => {
    if (seen.has(c.code)) ctx.addIssue({ code: 'custom', message: `Koodi "${c.code}" on jo toisen kampanjan käytössä. Valitse toinen koodi.`, path: [i, 'code'] });
    seen.add(c.code);
  });
});
export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignTarget = Campaign['target'];
