/**
 * Locales and localized URL segments. Everything that varies by language in a
 * URL lives here, so adding a language (English is next) means adding one
 * entry to each map and one strings file.
 */
export const locales = ['fi', 'sv'] as const;
export type Locale = (typeof locales)[number];

/** Finnish is the fallback: every entry has Finnish text. */
export const defaultLocale: Locale = 'fi';

/** The name of each language in that language, as the language switch shows it. */
export const localeNames: Record<Locale, string> = {
  fi: 'Suomeksi',
  sv: 'På svenska',
};

/** Section folders of the site, per language. */
export const sections = {
  trainings: { fi: 'koulutukset', sv: 'utbildningar' },
  services: { fi: 'palvelut', sv: 'tjanster' },
  institutions: { fi: 'oppilaitokset', sv: 'laroanstalter' },
  regions: { fi: 'alueet', sv: 'regioner' },
  events: { fi: 'infotilaisuudet', sv: 'infotillfallen' },
  interest: { fi: 'kiinnostus', sv: 'intresse' },
  search: { fi: 'haku', sv: 'sok' },
  /** One page per municipality: what its residents can join; slugs come from the name in each language. */
  municipalities: { fi: 'kunnat', sv: 'kommuner' },
} as const satisfies Record<string, Record<Locale, string>>;
export type Section = keyof typeof sections;

/**
 * Query parameters people see in shared links and QR codes, per language.
 * Incoming links may use either language's names, so readers accept all.
 */
export const queryParams = {
  training: { fi: 'koulutus', sv: 'utbildning' },
  service: { fi: 'palvelu', sv: 'tjanst' },
  municipality: { fi: 'kunta', sv: 'kommun' },
  source: { fi: 'lahde', sv: 'källa' },
  campaign: { fi: 'kampanja', sv: 'kampanj' },
  /** The form's training and service lists narrowed to one institution (with JavaScript). */
  institution: { fi: 'oppilaitos', sv: 'läroanstalt' },
} as const satisfies Record<string, Record<Locale, string>>;
export type QueryParam = keyof typeof queryParams;

/**
 * The training finder's address bar (`/fi/haku/?q=hitsaus&alue=Porvoon+seutu`),
 * per language: a shared result list opens the same way for the next reader.
 */
export const finderParams = {
  q: { fi: 'q', sv: 'q' },
  type: { fi: 'tyyppi', sv: 'typ' },
  region: { fi: 'alue', sv: 'region' },
  municipality: { fi: 'kunta', sv: 'kommun' },
  institution: { fi: 'oppilaitos', sv: 'laroanstalt' },
  field: { fi: 'ala', sv: 'bransch' },
  format: { fi: 'toteutus', sv: 'form' },
  language: { fi: 'kieli', sv: 'sprak' },
  start: { fi: 'alkaa', sv: 'start' },
  sort: { fi: 'jarjestys', sv: 'ordning' },
} as const satisfies Record<string, Record<Locale, string>>;
export type FinderParam = keyof typeof finderParams;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
