/**
 * Checks what a schema cannot see: that ids point at things that exist and
 * that every municipality an institution serves has an intake channel. Each
 * problem names the file and field so an editor knows where to look.
 */
import { defaultLocale, locales } from '../i18n/locales.ts';
import { type Catalog, municipalities } from './catalog.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function checkReferences(catalog: Catalog): Problem[] {
  const problems: Problem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  const towns = municipalities(catalog);
  const institutions = new Map(catalog.institutions.map((i) => [i.id, i]));
  const trainingIds = new Set(catalog.trainings.map((t) => t.id));

  const seenTowns = new Map<string, string>();
  for (const region of catalog.regions) {
    region.municipalities.forEach((m, index) => {
      const file = `content/regions/${region.id}.yaml`;
      const earlier = seenTowns.get(m.id);
      if (earlier) add(file, `municipalities[${index}].id`, `"${m.id}" is already listed in ${earlier}`);
      seenTowns.set(m.id, file);
      const guide = institutions.get(m.guidance);
      if (!guide)
        add(file, `municipalities[${index}].guidance`, `no institution "${m.guidance}" in content/institutions`);
      else if (!guide.municipalities.includes(m.id))
        add(file, `municipalities[${index}].guidance`, `${m.guidance} does not list "${m.id}" in its municipalities`);
    });
  }

  const checkTowns = (file: string, ids: readonly string[]) =>
    ids.forEach((m, index) => {
      if (!towns.has(m)) add(file, `municipalities[${index}]`, `no municipality "${m}" in content/regions`);
    });

  for (const inst of catalog.institutions) {
    const file = `content/institutions/${inst.id}.yaml`;
    checkTowns(file, inst.municipalities);
    const covered = new Map<string, number>();
    inst.intake.forEach((channel, index) =>
      channel.municipalities.forEach((m) => {
        if (covered.has(m))
          add(file, `intake[${index}].municipalities`, `"${m}" already has a channel (intake[${covered.get(m)}])`);
        else if (!inst.municipalities.includes(m))
          add(file, `intake[${index}].municipalities`, `"${m}" is not among the institution's municipalities`);
        covered.set(m, index);
      }),
    );
    for (const m of inst.municipalities) {
      if (!covered.has(m)) add(file, 'intake', `no intake channel covers "${m}"`);
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
      if (!inst) add(file, 'institution', `no institution "${facts.institution}" in content/institutions`);
      checkTowns(file, facts.municipalities);
      if (inst) {
        facts.municipalities.forEach((m, index) => {
          if (towns.has(m) && !inst.municipalities.includes(m))
            add(file, `municipalities[${index}]`, `${inst.id} does not serve "${m}"`);
        });
      }
      if ('place' in facts && facts.place.kind === 'address') {
        const { place } = facts;
        const town = towns.get(place.municipality);
        if (!town) add(file, 'place.municipality', `no municipality "${place.municipality}" in content/regions`);
        // Streets and public buildings in a bilingual municipality have official Swedish names.
        else if (town.bilingual) {
          for (const field of ['name', 'street'] as const) {
            if (!place[field].sv)
              add(file, `place.${field}.sv`, `${place.municipality} is bilingual: write the Swedish ${field} too`);
          }
        }
      }
      if ('trainings' in facts) {
        facts.trainings.forEach((t, index) => {
          if (!trainingIds.has(t)) add(file, `trainings[${index}]`, `no training "${t}" in content/trainings`);
        });
      }
    }
  }

  for (const [kind, docs] of [...kinds, ['pages', catalog.pages] as const]) {
    for (const doc of docs) {
      if (!doc.texts[defaultLocale])
        add(`content/${kind}/${doc.id}/`, `${defaultLocale}.md`, 'the Finnish text is missing');
    }
    for (const locale of locales) {
      const seen = new Map<string, string>();
      for (const doc of docs) {
        const slug = doc.texts[locale]?.slug ?? (doc.texts[locale] ? doc.id : undefined);
        if (!slug) continue;
        const other = seen.get(slug);
        if (other) add(`content/${kind}/${doc.id}/${locale}.md`, 'slug', `"${slug}" is already used by ${other}`);
        seen.set(slug, doc.id);
      }
    }
  }
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

export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`).join('\n');
}
