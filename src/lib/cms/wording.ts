/**
 * What the web editor calls collections, fields and choices. Field labels are
 * one string in Sveltia, so they carry both languages ("Nimi / Namn"); choice
 * names come from the site's own UI strings, so the editor and the site use
 * one name for one thing. A property without a label here shows its name.
 */
import type { Wording } from './fields.ts';
import { hints } from './hints.ts';

type Strings = Record<string, string>;

const labels: Record<string, string> = {
  name: 'Nimi / Namn',
  description: 'Esittely / Presentation',
  website: 'Verkkosivusto / Webbplats',
  municipalities: 'Kunnat / Kommuner',
  staffLanguage: 'Henkilöstön kieli / Personalens språk',
  intake: 'Yhteydenottojen vastaanotto / Mottagning av intresseanmälningar',
  contact: 'Yhteyshenkilö / Kontaktperson',
  phone: 'Puhelin / Telefon',
  email: 'Sähköposti / E-post',
  webhook: 'Järjestelmän osoite / Systemets adress',
  id: 'Tunniste / Id',
  bilingual: 'Kaksikielinen / Tvåspråkig',
  guidance: 'Ohjauksen oppilaitos / Läroanstalt för vägledning',
  order: 'Järjestys / Ordning',
  institution: 'Oppilaitos / Läroanstalt',
  fields: 'Alat / Branscher',
  format: 'Toteutus / Genomförande',
  teachingLanguage: 'Opetuskieli / Undervisningsspråk',
  languageSupport: 'Kielituki / Språkstöd',
  start: 'Alkaa / Börjar',
  end: 'Päättyy / Slutar',
  applicationPeriod: 'Hakuaika / Ansökningstid',
  opens: 'Alkaa / Börjar',
  closes: 'Päättyy / Slutar',
  duration: 'Kesto / Längd',
  value: 'Määrä / Antal',
  unit: 'Yksikkö / Enhet',
  costEuros: 'Hinta euroina / Pris i euro',
  targetGroups: 'Kohderyhmät / Målgrupper',
  apprenticeship: 'Oppisopimus / Läroavtal',
  type: 'Palvelun tyyppi / Typ av tjänst',
  languages: 'Kielet / Språk',
  place: 'Paikka / Plats',
  address: 'Osoite / Adress',
  platform: 'Verkkopalvelu / Webbtjänst',
  street: 'Katuosoite / Gatuadress',
  postalCode: 'Postinumero / Postnummer',
  municipality: 'Kunta / Kommun',
  url: 'Linkki / Länk',
  language: 'Kieli / Språk',
  trainings: 'Koulutukset / Utbildningar',
  registration: 'Ilmoittautuminen / Anmälan',
  deadline: 'Viimeinen päivä / Sista dag',
  published: 'Julkaistu / Publicerad',
  reviewed: 'Tarkistettu / Granskad',
  title: 'Otsikko / Rubrik',
  slug: 'Osoitteen loppuosa / Slutet av adressen',
  summary: 'Tiivistelmä / Sammanfattning',
  body: 'Teksti / Text',
  fi: 'Suomeksi / På finska',
  sv: 'Ruotsiksi / På svenska',
  kind: 'Tyyppi / Typ',
  code: 'Lyhyt osoite / Kort adress',
  locale: 'Sivun kieli / Sidans språk',
  target: 'Mihin linkki vie / Vart länken leder',
  source: 'Lähde / Källa',
  campaign: 'Kampanja / Kampanj',
  validFrom: 'Voimassa alkaen / Gäller från',
  validTo: 'Voimassa asti / Gäller till',
  service: 'Palvelu / Tjänst',
  training: 'Koulutus / Utbildning',
};

const collections: Record<string, string> = {
  institutions: 'Oppilaitokset / Läroanstalter',
  regions: 'Alueet / Regioner',
  trainings: 'Koulutukset: tiedot / Utbildningar: fakta',
  'trainings-texts': 'Koulutukset: tekstit / Utbildningar: texter',
  services: 'Ohjauspalvelut: tiedot / Vägledningstjänster: fakta',
  'services-texts': 'Ohjauspalvelut: tekstit / Vägledningstjänster: texter',
  events: 'Infotilaisuudet: tiedot / Infotillfällen: fakta',
  'events-texts': 'Infotilaisuudet: tekstit / Infotillfällen: texter',
  pages: 'Sivut: tiedot / Sidor: fakta',
  'pages-texts': 'Sivut: tekstit / Sidor: texter',
  campaigns: 'Kampanjalinkit / Kampanjlänkar',
};

/** UI-string prefix of each enum property's choices (src/i18n/ui/*.json). */
const optionPrefix: Record<string, string> = {
  fields: 'field',
  targetGroups: 'targetGroup',
  type: 'serviceType',
  format: 'format',
  teachingLanguage: 'language',
  staffLanguage: 'language',
  languages: 'language',
  language: 'language',
  unit: 'unit',
  place: 'place',
  locale: 'language',
};

/** Choices whose name on the site is a UI string of another key: a campaign's target pages. */
const choiceKeys: Record<string, string> = {
  'target.home': 'nav.home',
  'target.trainingList': 'nav.trainings',
  'target.serviceList': 'nav.services',
  'target.eventList': 'nav.events',
  'target.regionList': 'nav.regions',
  'target.search': 'search.title',
  'target.form': 'interest.title',
};

const choiceNames: Record<string, string> = {
  'unit.days': 'päivää / dagar',
  'unit.weeks': 'viikkoa / veckor',
  'unit.months': 'kuukautta / månader',
  'place.address': 'Paikan päällä / På plats',
  'place.online': 'Verkossa / På nätet',
  'target.training': 'Koulutuksen sivu / Utbildningens sida',
  'target.service': 'Ohjauspalvelun sivu / Vägledningstjänstens sida',
  'target.event': 'Infotilaisuuden sivu / Infotillfällets sida',
  'target.institution': 'Oppilaitoksen sivu / Läroanstaltens sida',
  'target.region': 'Alueen sivu / Regionens sida',
};

export function cmsWording(fi: Strings, sv: Strings): Wording {
  return {
    label: (key) => labels[key] ?? key,
    option(key, value) {
      const k = choiceKeys[`${key}.${value}`] ?? `${optionPrefix[key] ?? key}.${value}`;
      if (choiceNames[k]) return choiceNames[k];
      return fi[k] && sv[k] ? `${fi[k]} / ${sv[k]}` : value;
    },
    hint(block, key, doc) {
      // A comment changed since it was translated shows as it is (in English) until the translation follows.
      const h = hints[`${block}.${key}`];
      return h?.en === doc ? `${h.fi} / ${h.sv}` : doc;
    },
  };
}

export const collectionLabel = (name: string) => collections[name] ?? name;
