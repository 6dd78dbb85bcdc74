/**
 * Checks what a schema cannot see: that ids point at things that exist and
 * that every municipality an institution serves has an intake channel. Each
 * problem names the file and field so an editor knows where to look.
 */
import type { Campaign } from '../content/schemas.ts';
import { defaultLocale, locales } from '../i18n/locales.ts';
import { type Catalog, municipalities } from './catalog.ts';
import { suggestion } from './content-messages.ts';

/** One content mistake: the file as the editor sees it (content/…), the field, and a plain Finnish sentence. */
export interface Problem {
  file: string;
  field: string;
  message: string;
  /** 1-based line in the file, when the mistake has one. */
  line?: number;
}

/** How a bilingual venue is written, from the sample content's info session in Porvoo. */
const venueExamples = {
  name: '{ fi: Porvoon pääkirjasto, sv: Borgå huvudbibliotek }',
  street: '{ fi: Papinkatu 20, sv: Prästgatan 20 }',
};

export function checkReferences(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const towns = municipalities(catalog);
  const institutions = new Map(catalog.institutions.map((i) => [i.id, i]));
  const trainingIds = new Set(catalog.trainings.map((t) => t.id));
  const institutionIds = [...institutions.keys()];
  const noInstitution = (id: string) =>
    `Oppilaitosta "${id}" ei ole kansiossa content/institutions.${suggestion(id, institutionIds)}`;

  const seenTowns = new Map<string, string>();
  for (const region of catalog.regions) {
    region.municipalities.forEach((m, index) => {
      const file = `content/regions/${region.id}.yaml`;
      const earlier = seenTowns.get(m.id);
      if (earlier)
        add(
          file,
          `municipalities[${index}].id`,
          `Kunta "${m.id}" on jo tiedostossa ${earlier}. Jätä se vain yhteen alueeseen.`,
        );
      seenTowns.set(m.id, file);
      const guide = institutions.get(m.guidance);
      if (!guide) add(file, `municipalities[${index}].guidance`, noInstitution(m.guidance));
      else if (!guide.municipalities.includes(m.id))
        add(
          file,
          `municipalities[${index}].guidance`,
          `Oppilaitoksen ${m.guidance} kunnissa (municipalities) ei ole kuntaa "${m.id}". Lisää kunta oppilaitoksen tiedostoon tai valitse toinen oppilaitos.`,
        );
    });
  }

  const checkTowns = (file: string, ids: readonly string[]) =>
    ids.forEach((m, index) => {
      if (!towns.has(m))
        add(
          file,
          `municipalities[${index}]`,
          `Kuntaa "${m}" ei ole kansiossa content/regions.${suggestion(m, [...towns.keys()])}`,
        );
    });

  for (const inst of catalog.institutions) {
    const file = `content/institutions/${inst.id}.yaml`;
    checkTowns(file, inst.municipalities);
    const covered = new Map<string, number>();
    inst.intake.forEach((channel, index) =>
      channel.municipalities.forEach((m) => {
        if (covered.has(m))
          add(
            file,
            `intake[${index}].municipalities`,
            `Kunnalla "${m}" on jo kanava kohdassa intake[${covered.get(m)}]. Jätä kunta vain yhteen kanavaan.`,
          );
        else if (!inst.municipalities.includes(m))
          add(
            file,
            `intake[${index}].municipalities`,
            `Kunta "${m}" puuttuu oppilaitoksen kunnista (municipalities). Lisää se sinne tai poista se tästä.`,
          );
        covered.set(m, index);
      }),
    );
    for (const m of inst.municipalities) {
      if (!covered.has(m))
        add(
          file,
          'intake',
          `Mikään yhteydenottokanava ei kata kuntaa "${m}". Lisää "${m}" jonkin intake-kanavan municipalities-listaan.`,
        );
    }
  }

  const kinds = [
    ['trainings', catalog.trainings],
    ['services', catalog.services],
    ['events', catalog.events],
  ] as const;
  for (const [kind, docs] of kinds) {
    for (const doc of docs) {
      const file = `content/${kind}/${doc.id}/facts.yaml`;
      const facts = doc.facts;
      const inst = institutions.get(facts.institution);
      if (!inst) add(file, 'institution', noInstitution(facts.institution));
      checkTowns(file, facts.municipalities);
      if (inst) {
        facts.municipalities.forEach((m, index) => {
          if (towns.has(m) && !inst.municipalities.includes(m))
            add(
              file,
              `municipalities[${index}]`,
              `Oppilaitos ${inst.id} ei toimi kunnassa "${m}". Poista kunta tai lisää se oppilaitoksen kuntiin.`,
            );
        });
      }
      if ('place' in facts && facts.place.kind === 'address') {
        const { place } = facts;
        const town = towns.get(place.municipality);
        if (!town)
          add(
            file,
            'place.municipality',
            `Kuntaa "${place.municipality}" ei ole kansiossa content/regions.${suggestion(place.municipality, [...towns.keys()])}`,
          );
        // Streets and public buildings in a bilingual municipality have official Swedish names.
        else if (town.bilingual) {
          for (const field of ['name', 'street'] as const) {
            if (!place[field].sv)
              add(
                file,
                `place.${field}.sv`,
                `${town.name.fi} on kaksikielinen kunta. Lisää myös ${field === 'name' ? 'paikan' : 'kadun'} ruotsinkielinen nimi kohtaan sv, esimerkiksi ${venueExamples[field]}.`,
              );
          }
        }
      }
      if ('trainings' in facts) {
        facts.trainings.forEach((t, index) => {
          if (!trainingIds.has(t))
            add(
              file,
              `trainings[${index}]`,
              `Koulutusta "${t}" ei ole kansiossa content/trainings.${suggestion(t, [...trainingIds])}`,
            );
        });
      }
    }
  }

  for (const [kind, docs] of [...kinds, ['pages', catalog.pages] as const]) {
    for (const doc of docs) {
      if (!doc.texts[defaultLocale])
        add(
          `content/${kind}/${doc.id}/${defaultLocale}.md`,
          '(file)',
          'Suomenkielinen teksti puuttuu. Luo tiedosto fi.md samaan kansioon kuin facts.yaml.',
        );
    }
    for (const locale of locales) {
      const seen = new Map<string, string>();
      for (const doc of docs) {
        const slug = doc.texts[locale]?.slug ?? (doc.texts[locale] ? doc.id : undefined);
        if (!slug) continue;
        const other = seen.get(slug);
        if (other)
          add(
            `content/${kind}/${doc.id}/${locale}.md`,
            'slug',
            `Osoite "${slug}" on jo kohteen "${other}" käytössä (content/${kind}/${other}). Valitse toinen slug.`,
          );
        seen.set(slug, doc.id);
      }
    }
  }
  return problems;
}

/** That every campaign link leads to something that exists: its page, or the form's training, service and municipality. */
export function checkCampaignTargets(campaigns: readonly Campaign[], catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    training: { folder: 'trainings', what: 'Koulutusta', ids: catalog.trainings.map((d) => d.id) },
    service: { folder: 'services', what: 'Palvelua', ids: catalog.services.map((d) => d.id) },
    event: { folder: 'events', what: 'Infotilaisuutta', ids: catalog.events.map((d) => d.id) },
    institution: { folder: 'institutions', what: 'Oppilaitosta', ids: catalog.institutions.map((i) => i.id) },
    region: { folder: 'regions', what: 'Aluetta', ids: catalog.regions.map((r) => r.id) },
    municipality: { folder: 'regions', what: 'Kuntaa', ids: [...municipalities(catalog).keys()] },
  };
  const check = (index: number, field: string, kind: keyof typeof ids, id: string | undefined) => {
    const known = ids[kind];
    if (id !== undefined && !known.ids.includes(id))
      problems.push({
        file: 'content/campaigns.yaml',
        field: `[${index}].target.${field}`,
        message: `${known.what} "${id}" ei ole kansiossa content/${known.folder}.${suggestion(id, known.ids)}`,
      });
  };
  campaigns.forEach(({ target }, index) => {
    if (target.kind === 'form') {
      check(index, 'training', 'training', target.training);
      check(index, 'service', 'service', target.service);
      check(index, 'municipality', 'municipality', target.municipality);
    } else if ('id' in target) check(index, 'id', target.kind, target.id);
  });
  return problems;
}

/** Documents that have no text in some language, for the build's report. */
export function missingTranslations(catalog: Catalog): Array<{ file: string; locale: string }> {
  const missing: Array<{ file: string; locale: string }> = [];
  const kinds = {
    trainings: catalog.trainings,
    services: catalog.services,
    events: catalog.events,
    pages: catalog.pages,
  };
  for (const [kind, docs] of Object.entries(kinds)) {
    for (const doc of docs) {
      for (const locale of locales) {
        if (!doc.texts[locale]) missing.push({ file: `content/${kind}/${doc.id}/${locale}.md`, locale });
      }
    }
  }
  return missing;
}

/** "content/x/facts.yaml, rivi 4, kenttä format: …": the sentence an editor reads. */
export function formatProblem(p: Problem): string {
  const where = [p.file, p.line ? `rivi ${p.line}` : '', p.field === '(file)' ? '' : `kenttä ${p.field}`];
  return `${where.filter(Boolean).join(', ')}: ${p.message}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${formatProblem(p)}`).join('\n');
}
