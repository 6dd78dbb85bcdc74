/**
 * Words the compound splitter may always take as parts, besides the words of
 * the site itself: the ends of occupation titles and a few short first parts.
 * A site's text seldom uses "huoltaja" or "vårdare" on their own, yet people
 * type them to find "laitoshuoltaja" and "lokalvårdare". Add a word here when
 * a search for the end of a compound should find it; keep it to real words.
 */
import type { Locale } from '../i18n/locales.ts';

export const compoundWords: Record<Locale, readonly string[]> = {
  fi: [
    'apulainen',
    'asentaja',
    'avustaja',
    'hoitaja',
    'huoltaja',
    'kuljettaja',
    'kuski',
    'myyjä',
    'neuvoja',
    'ohjaaja',
    'ohjaus',
    'palvelu',
    'tekijä',
    'työntekijä',
    'valmentaja',
    'ura',
    'työ',
  ],
  sv: [
    'arbetare',
    'biträde',
    'chaufför',
    'coach',
    'förare',
    'handledare',
    'montör',
    'rådgivare',
    'rådgivning',
    'skötare',
    'säljare',
    'service',
    'tjänst',
    'vårdare',
    'vägledning',
  ],
};
