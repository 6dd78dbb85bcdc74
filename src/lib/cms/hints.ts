/**
 * The web editor's hints in Finnish and Swedish: the doc comment of each
 * schema property (src/content/schemas.ts), said for editors. `en` is the
 * comment that was translated: when a comment changes, the editor shows the
 * English one and tests/dist/editor-config.test.ts fails until the
 * translation is brought up to date. Keys are "<schema constant>.<property>".
 */
export interface Hint {
  en: string;
  fi: string;
  sv: string;
}

export const hints: Record<string, Hint> = {
  'contact.name': {
    en: 'The person to ask, e.g. "Taina Paananen".',
    fi: 'Henkilö, jolta voi kysyä, esimerkiksi Taina Paananen.',
    sv: 'Personen man kan fråga, till exempel Taina Paananen.',
  },
  'contact.phone': {
    en: 'Phone number as people dial it in Finland, e.g. "040 123 4567".',
    fi: 'Puhelinnumero niin kuin se Suomessa valitaan, esimerkiksi 040 123 4567.',
    sv: 'Telefonnumret så som man slår det i Finland, till exempel 040 123 4567.',
  },
  'contact.email': {
    en: 'A public e-mail address.',
    fi: 'Julkinen sähköpostiosoite.',
    sv: 'En offentlig e-postadress.',
  },
  'intakeChannel.municipalities': {
    en: 'Municipality ids this channel covers; every served municipality needs one channel.',
    fi: 'Kunnat, joiden ilmoitukset tulevat tähän osoitteeseen. Jokaisella kunnalla, jossa oppilaitos toimii, on oltava yksi vastaanotto.',
    sv: 'Kommunerna vars intresseanmälningar kommer till den här adressen. Varje kommun där läroanstalten verkar behöver en mottagning.',
  },
  'intakeChannel.email': {
    en: 'Where expressions of interest are e-mailed. Use a reserved example domain in samples.',
    fi: 'Osoite, johon ilmoitukset lähetetään. Käytä esimerkkisisällössä esimerkkiverkkotunnusta (.example).',
    sv: 'Adressen dit intresseanmälningarna skickas. Använd en exempeldomän (.example) i exempelinnehåll.',
  },
  'intakeChannel.webhook': {
    en: "Optional HTTPS endpoint of the institution's own system; its secret comes from the environment.",
    fi: 'Vapaaehtoinen: oppilaitoksen oman järjestelmän HTTPS-osoite. Sen salainen avain asetetaan palvelun asetuksiin, ei tähän.',
    sv: 'Frivilligt: HTTPS-adressen till läroanstaltens eget system. Dess hemliga nyckel anges i tjänstens inställningar, inte här.',
  },
  'institutionSchema.name': {
    en: 'Name per language, e.g. { fi: Kuhmon kaupunki, sv: Kuhmo stad }.',
    fi: 'Nimi kummallakin kielellä, esimerkiksi Kuhmon kaupunki ja Kuhmo stad.',
    sv: 'Namnet på båda språken, till exempel Kuhmon kaupunki och Kuhmo stad.',
  },
  'institutionSchema.description': {
    en: 'A short introduction per language, one or two sentences.',
    fi: 'Lyhyt esittely kummallakin kielellä, yksi tai kaksi virkettä.',
    sv: 'En kort presentation på båda språken, en eller två meningar.',
  },
  'institutionSchema.website': {
    en: "The institution's own website.",
    fi: 'Oppilaitoksen oma verkkosivusto.',
    sv: 'Läroanstaltens egen webbplats.',
  },
  'institutionSchema.municipalities': {
    en: 'Municipality ids (from content/regions) where the institution works.',
    fi: 'Kunnat, joissa oppilaitos toimii.',
    sv: 'Kommunerna där läroanstalten verkar.',
  },
  'institutionSchema.staffLanguage': {
    en: 'The language intake staff read; forwarded messages are written in it.',
    fi: 'Kieli, jolla vastaanoton henkilöstö lukee viestit. Välitetyt ilmoitukset kirjoitetaan tällä kielellä.',
    sv: 'Språket som personalen i mottagningen läser. Intresseanmälningarna vidarebefordras på det språket.',
  },
  'institutionSchema.intake': {
    en: 'Where expressions of interest go, per municipality.',
    fi: 'Mihin ilmoitukset menevät, kunnittain.',
    sv: 'Vart intresseanmälningarna går, kommun för kommun.',
  },
  'institutionSchema.contact': {
    en: 'General contact shown on the institution page.',
    fi: 'Yleinen yhteyshenkilö, joka näkyy oppilaitoksen sivulla.',
    sv: 'Allmän kontaktperson som visas på läroanstaltens sida.',
  },
  'municipality.id': {
    en: 'Stable id used in URLs, forms and routing, e.g. "mantta-vilppula".',
    fi: 'Pysyvä tunnus, jota käytetään osoitteissa, lomakkeessa ja ilmoitusten ohjauksessa, esimerkiksi mantta-vilppula.',
    sv: 'Ett bestående id som används i adresser, i formuläret och när intresseanmälningar styrs, till exempel mantta-vilppula.',
  },
  'municipality.name': {
    en: 'Name per language, e.g. { fi: Porvoo, sv: Borgå }.',
    fi: 'Nimi kummallakin kielellä, esimerkiksi Porvoo ja Borgå.',
    sv: 'Namnet på båda språken, till exempel Porvoo och Borgå.',
  },
  'municipality.bilingual': {
    en: 'Officially bilingual (Finnish and Swedish) municipality.',
    fi: 'Virallisesti kaksikielinen kunta (suomi ja ruotsi).',
    sv: 'Officiellt tvåspråkig kommun (finska och svenska).',
  },
  'municipality.guidance': {
    en: 'Institution whose intake handles general requests for guidance from this municipality.',
    fi: 'Oppilaitos, jonka vastaanotto käsittelee kunnan asukkaiden yleiset ohjauspyynnöt.',
    sv: 'Läroanstalten vars mottagning tar hand om allmänna förfrågningar om vägledning från kommunen.',
  },
  'regionSchema.name': {
    en: 'Name of the employment area per language.',
    fi: 'Työllisyysalueen nimi kummallakin kielellä.',
    sv: 'Sysselsättningsområdets namn på båda språken.',
  },
  'regionSchema.description': {
    en: "One or two sentences about the area's services, per language.",
    fi: 'Yksi tai kaksi virkettä alueen palveluista kummallakin kielellä.',
    sv: 'En eller två meningar om områdets tjänster på båda språken.',
  },
  'regionSchema.order': {
    en: 'Position in lists; smaller comes first.',
    fi: 'Järjestys listoissa: pienempi luku tulee ensin.',
    sv: 'Ordningen i listor: ett mindre tal kommer först.',
  },
  'regionSchema.municipalities': {
    en: 'The municipalities of the area.',
    fi: 'Alueen kunnat.',
    sv: 'Områdets kommuner.',
  },
  'period.opens': {
    en: 'First day, YYYY-MM-DD.',
    fi: 'Ensimmäinen päivä.',
    sv: 'Första dagen.',
  },
  'period.closes': {
    en: 'Last day, YYYY-MM-DD.',
    fi: 'Viimeinen päivä.',
    sv: 'Sista dagen.',
  },
  'trainingFactsSchema.institution': {
    en: 'Institution id (file name under content/institutions).',
    fi: 'Oppilaitos, joka järjestää koulutuksen.',
    sv: 'Läroanstalten som ordnar utbildningen.',
  },
  'trainingFactsSchema.municipalities': {
    en: 'Municipality ids where the training is open to jobseekers.',
    fi: 'Kunnat, joiden työnhakijoille koulutus on avoin.',
    sv: 'Kommunerna vars arbetssökande kan gå utbildningen.',
  },
  'trainingFactsSchema.fields': {
    en: 'One or more fields; a two-field training lists both.',
    fi: 'Yksi tai useampi ala. Jos koulutus kuuluu kahdelle alalle, valitse molemmat.',
    sv: 'En eller flera branscher. Hör utbildningen till två branscher, välj båda.',
  },
  'trainingFactsSchema.format': {
    en: 'contact, online or blended.',
    fi: 'Miten koulutus toteutetaan.',
    sv: 'Hur utbildningen genomförs.',
  },
  'trainingFactsSchema.teachingLanguage': {
    en: 'Language of instruction.',
    fi: 'Kieli, jolla opetus annetaan.',
    sv: 'Språket som undervisningen ges på.',
  },
  'trainingFactsSchema.languageSupport': {
    en: 'Whether language support (e.g. plain Finnish, a language teacher) is offered.',
    fi: 'Tarjotaanko kielitukea, esimerkiksi selkokieltä tai kieltenopettajan apua.',
    sv: 'Om språkstöd erbjuds, till exempel lättläst språk eller hjälp av en språklärare.',
  },
  'trainingFactsSchema.start': {
    en: 'A date (YYYY-MM-DD), or "continuous" when people can start at any time.',
    fi: 'Päivämäärä muodossa VVVV-KK-PP, tai continuous, jos koulutuksen voi aloittaa milloin tahansa.',
    sv: 'Ett datum i formen ÅÅÅÅ-MM-DD, eller continuous om man kan börja när som helst.',
  },
  'trainingFactsSchema.end': {
    en: 'Last day, when the training has a fixed end.',
    fi: 'Viimeinen päivä, jos koulutuksella on kiinteä päättymispäivä.',
    sv: 'Sista dagen, om utbildningen har ett fast slutdatum.',
  },
  'trainingFactsSchema.applicationPeriod': {
    en: 'Application period; leave out when applications are taken continuously.',
    fi: 'Hakuaika. Jätä tyhjäksi, jos hakemuksia otetaan vastaan jatkuvasti.',
    sv: 'Ansökningstid. Lämna tomt om ansökningar tas emot fortlöpande.',
  },
  'trainingFactsSchema.duration': {
    en: 'Typical length.',
    fi: 'Tavallinen kesto.',
    sv: 'Vanlig längd.',
  },
  'trainingFactsSchema.costEuros': {
    en: 'What the jobseeker pays, in euros; 0 when free.',
    fi: 'Mitä työnhakija maksaa, euroina. 0, kun koulutus on maksuton.',
    sv: 'Vad den arbetssökande betalar, i euro. 0 när utbildningen är avgiftsfri.',
  },
  'trainingFactsSchema.targetGroups': {
    en: 'Who the training is meant for.',
    fi: 'Kenelle koulutus on tarkoitettu.',
    sv: 'Vem utbildningen är avsedd för.',
  },
  'trainingFactsSchema.apprenticeship': {
    en: 'Also possible as an apprenticeship (oppisopimus).',
    fi: 'Koulutuksen voi suorittaa myös oppisopimuksella.',
    sv: 'Utbildningen kan också gå som läroavtal.',
  },
  'trainingFactsSchema.contact': {
    en: 'Who answers questions.',
    fi: 'Kuka vastaa kysymyksiin.',
    sv: 'Vem som svarar på frågor.',
  },
  'serviceFactsSchema.institution': {
    en: 'Institution id that runs the service.',
    fi: 'Oppilaitos, joka järjestää palvelun.',
    sv: 'Läroanstalten som ordnar tjänsten.',
  },
  'serviceFactsSchema.municipalities': {
    en: 'Municipality ids where the service is available.',
    fi: 'Kunnat, joissa palvelua saa.',
    sv: 'Kommunerna där tjänsten finns.',
  },
  'serviceFactsSchema.type': {
    en: 'What kind of help this is.',
    fi: 'Millaisesta avusta on kyse.',
    sv: 'Vilken sorts hjälp det gäller.',
  },
  'serviceFactsSchema.format': {
    en: 'contact (in person), online or blended.',
    fi: 'Miten palvelua saa: paikan päällä, verkossa vai molemmin tavoin.',
    sv: 'Hur tjänsten ges: på plats, på nätet eller på båda sätten.',
  },
  'serviceFactsSchema.languages': {
    en: 'Languages the service is given in.',
    fi: 'Kielet, joilla palvelua saa.',
    sv: 'Språken som tjänsten ges på.',
  },
  'serviceFactsSchema.contact': {
    en: 'Who to contact.',
    fi: 'Kehen voi ottaa yhteyttä.',
    sv: 'Vem man kan kontakta.',
  },
  'venue.name': {
    en: 'The venue per language, e.g. { fi: Tikkurilan kirjasto, sv: Dickursby bibliotek }; sv only when it has no Swedish name (e.g. Kuhmo-talo).',
    fi: 'Paikan nimi kummallakin kielellä, esimerkiksi Tikkurilan kirjasto ja Dickursby bibliotek. Ruotsinkielisen nimen voi jättää pois vain, jos paikalla ei ole sellaista (esimerkiksi Kuhmo-talo).',
    sv: 'Platsens namn på båda språken, till exempel Tikkurilan kirjasto och Dickursby bibliotek. Det svenska namnet får lämnas bort bara om platsen saknar ett (till exempel Kuhmo-talo).',
  },
  'venue.street': {
    en: 'Street and number per language, e.g. { fi: Lummetie 4, sv: Näckrosvägen 4 }; in a Finnish-only municipality (Pori, Tampere) streets have a Finnish name only, so leave sv out.',
    fi: 'Katu ja numero kummallakin kielellä, esimerkiksi Lummetie 4 ja Näckrosvägen 4. Yksikielisessä suomenkielisessä kunnassa (Pori, Tampere) kaduilla on vain suomenkielinen nimi: jätä ruotsi tyhjäksi.',
    sv: 'Gata och nummer på båda språken, till exempel Lummetie 4 och Näckrosvägen 4. I en enspråkigt finsk kommun (Björneborg, Tammerfors) har gatorna bara ett finskt namn: lämna svenskan tom.',
  },
  'venue.postalCode': {
    en: "Five digits in quotes, e.g. '01300' (unquoted, YAML would read 01300 as the number 1300).",
    fi: 'Viisi numeroa, esimerkiksi 01300.',
    sv: 'Fem siffror, till exempel 01300.',
  },
  'venue.municipality': {
    en: "Municipality id (from content/regions) of the venue; the town is shown in the reader's language (Pori / Björneborg).",
    fi: 'Kunta, jossa paikka on. Paikkakunta näytetään lukijan kielellä (Pori, Björneborg).',
    sv: 'Kommunen där platsen finns. Orten visas på läsarens språk (Pori, Björneborg).',
  },
  'eventFactsSchema.institution': {
    en: 'Organising institution id.',
    fi: 'Oppilaitos, joka järjestää tapahtuman.',
    sv: 'Läroanstalten som ordnar infotillfället.',
  },
  'eventFactsSchema.municipalities': {
    en: 'Municipality ids the event is meant for.',
    fi: 'Kunnat, joiden asukkaille tapahtuma on tarkoitettu.',
    sv: 'Kommunerna vars invånare infotillfället är avsett för.',
  },
  'eventFactsSchema.start': {
    en: 'Start, local Finnish time, YYYY-MM-DDTHH:MM.',
    fi: 'Alkamisaika Suomen aikaa.',
    sv: 'Starttid enligt finsk tid.',
  },
  'eventFactsSchema.end': {
    en: 'End, local Finnish time.',
    fi: 'Päättymisaika Suomen aikaa.',
    sv: 'Sluttid enligt finsk tid.',
  },
  'eventFactsSchema.place': {
    en: 'Where it happens: a venue with its address, or online with the link people follow.',
    fi: 'Missä tapahtuma on: paikan päällä osoitteineen tai verkossa linkin kautta.',
    sv: 'Var infotillfället hålls: på plats med adress eller på nätet via en länk.',
  },
  'eventFactsSchema.language': {
    en: 'Language the event is held in.',
    fi: 'Kieli, jolla tapahtuma pidetään.',
    sv: 'Språket som infotillfället hålls på.',
  },
  'eventFactsSchema.trainings': {
    en: 'Training ids (folder names under content/trainings) presented at the event.',
    fi: 'Koulutukset, jotka tapahtumassa esitellään.',
    sv: 'Utbildningarna som presenteras på infotillfället.',
  },
  'eventFactsSchema.registration': {
    en: 'Registration: leave out when people can just come.',
    fi: 'Ilmoittautuminen. Jätä tyhjäksi, jos paikalle voi tulla ilmoittautumatta.',
    sv: 'Anmälan. Lämna tomt om man kan komma utan att anmäla sig.',
  },
  'pageFactsSchema.published': {
    en: 'First published, YYYY-MM-DD.',
    fi: 'Julkaisupäivä.',
    sv: 'Publiceringsdag.',
  },
  'pageFactsSchema.reviewed': {
    en: 'Last reviewed, YYYY-MM-DD (the accessibility statement must show it).',
    fi: 'Viimeksi tarkistettu (saavutettavuusselosteessa päivämäärän on näyttävä).',
    sv: 'Senast granskad (tillgänglighetsutlåtandet måste visa datumet).',
  },
  'textSchema.title': {
    en: 'The page title in this language.',
    fi: 'Sivun otsikko tällä kielellä.',
    sv: 'Sidans rubrik på det här språket.',
  },
  'textSchema.slug': {
    en: 'The URL segment in this language; defaults to the folder name.',
    fi: 'Osoitteen loppuosa tällä kielellä. Jos jätät tyhjäksi, käytetään kansion nimeä.',
    sv: 'Slutet av adressen på det här språket. Lämnas det tomt används mappens namn.',
  },
  'textSchema.summary': {
    en: 'One or two sentences for lists, search results and the meta description (at most 200 characters).',
    fi: 'Yksi tai kaksi virkettä listoihin, hakutuloksiin ja hakukoneille (enintään 200 merkkiä).',
    sv: 'En eller två meningar för listor, sökresultat och sökmotorer (högst 200 tecken).',
  },
  'textSchema.keywords': {
    en: 'Search words in this language that the text may not contain: the occupations a training leads to and the everyday words people type, e.g. [lähihoitaja, hoitaja, vanhustenhoito]. Words, not facts, so each language file has its own list (a Finnish fallback page uses the Finnish one). Indexed with extra weight and split into compound parts; never shown on the page.',
    fi: 'Hakusanat tällä kielellä, joita tekstissä ei ehkä ole: ammatit, joihin koulutus johtaa, ja arkiset sanat, joilla ihmiset hakevat, esimerkiksi lähihoitaja, hoitaja, vanhustenhoito. Sanat eivät näy sivulla.',
    sv: 'Sökord på det här språket som texten kanske saknar: yrken som utbildningen leder till och vardagliga ord som folk söker med, till exempel närvårdare, vårdare, äldreomsorg. Orden visas inte på sidan.',
  },
  'campaignTarget.id': {
    en: 'Its id: the folder or file name under content/.',
    fi: 'Sivun tunnus: kansion tai tiedoston nimi kansiossa content/.',
    sv: 'Sidans id: mappens eller filens namn i mappen content/.',
  },
  'campaignTarget.training': {
    en: 'Training id the form is set to.',
    fi: 'Koulutus, joka lomakkeessa on valmiiksi valittuna.',
    sv: 'Utbildningen som är förvald i formuläret.',
  },
  'campaignTarget.service': {
    en: 'Service id the form is set to.',
    fi: 'Palvelu, joka lomakkeessa on valmiiksi valittuna.',
    sv: 'Tjänsten som är förvald i formuläret.',
  },
  'campaignTarget.municipality': {
    en: 'Municipality id the form is set to.',
    fi: 'Kunta, joka lomakkeessa on valmiiksi valittuna.',
    sv: 'Kommunen som är förvald i formuläret.',
  },
  'campaignSchema.code': {
    en: 'The short path: /i/<code>. Lowercase letters, digits and hyphens; never reuse an old code.',
    fi: 'Koodi lyhyeen osoitteeseen /i/koodi: pieniä kirjaimia, numeroita ja väliviivoja. Älä koskaan käytä vanhaa koodia uudelleen.',
    sv: 'Koden i den korta adressen /i/kod: små bokstäver, siffror och bindestreck. Använd aldrig en gammal kod på nytt.',
  },
  'campaignSchema.description': {
    en: "What the campaign is, for the editors' list (not shown to visitors).",
    fi: 'Mikä kampanja on. Näkyy vain ylläpitäjien listassa, ei kävijöille.',
    sv: 'Vad kampanjen är. Syns bara i redaktörernas lista, inte för besökarna.',
  },
  'campaignSchema.locale': {
    en: 'Language of the page it lands on.',
    fi: 'Sen sivun kieli, jolle linkki vie.',
    sv: 'Språket på sidan som länken leder till.',
  },
  'campaignSchema.target': {
    en: 'The page it lands on.',
    fi: 'Sivu, jolle linkki vie.',
    sv: 'Sidan som länken leder till.',
  },
  'campaignSchema.source': {
    en: 'Where people saw the link, e.g. "instagram" or "info-session:koulutusinfo-vantaa".',
    fi: 'Missä ihmiset näkivät linkin, esimerkiksi instagram tai info-session:koulutusinfo-vantaa.',
    sv: 'Var folk såg länken, till exempel instagram eller info-session:koulutusinfo-vantaa.',
  },
  'campaignSchema.campaign': {
    en: 'The campaign\'s name in reports, e.g. "kevat-2027-bio".',
    fi: 'Kampanjan nimi raporteissa, esimerkiksi kevat-2027-bio.',
    sv: 'Kampanjens namn i rapporterna, till exempel kevat-2027-bio.',
  },
  'campaignSchema.validFrom': {
    en: 'First day the source and campaign are recorded, YYYY-MM-DD.',
    fi: 'Ensimmäinen päivä, jona lähde ja kampanja kirjataan.',
    sv: 'Första dagen då källan och kampanjen registreras.',
  },
  'campaignSchema.validTo': {
    en: 'Last day they are recorded; afterwards the link still lands on the page, without them.',
    fi: 'Viimeinen päivä, jona ne kirjataan. Sen jälkeen linkki vie yhä samalle sivulle, mutta lähdettä ja kampanjaa ei kirjata.',
    sv: 'Sista dagen då de registreras. Därefter leder länken fortfarande till sidan, men källan och kampanjen registreras inte.',
  },
};
