import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { locales } from './i18n/locales.ts';
import { documentKinds, type DocumentKind, institutionSchema, regionSchema, textSchema } from './content/schemas.ts';

const textPattern = `*/{${locales.join(',')}}.{md,mdx}`;
// Benchmarks and tests may build another content tree (e.g. thousands of generated trainings).
const contentDir = process.env['POLKU_CONTENT_DIR'] ?? './content';

/** facts.yaml of each folder; the folder name is the entry id and the translation key. */
function factsCollection(kind: DocumentKind) {
  return defineCollection({
    loader: glob({
      pattern: '*/facts.yaml',
      base: `${contentDir}/${kind}`,
      generateId: ({ entry }) => entry.split('/')[0]!,
    }),
    schema: documentKinds[kind],
  });
}

/** fi.md, sv.md… of each folder, with ids like "kohti-tyota/sv". */
function textCollection(kind: DocumentKind) {
  return defineCollection({
    loader: glob({
      pattern: textPattern,
      base: `${contentDir}/${kind}`,
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
    }),
    schema: textSchema,
  });
}

export const collections = {
  institutions: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/institutions` }),
    schema: institutionSchema,
  }),
  regions: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${contentDir}/regions` }),
    schema: regionSchema,
  }),
  trainings: factsCollection('trainings'),
  trainingTexts: textCollection('trainings'),
  services: factsCollection('services'),
  serviceTexts: textCollection('services'),
  events: factsCollection('events'),
  eventTexts: textCollection('events'),
  pages: factsCollection('pages'),
  pageTexts: textCollection('pages'),
};
