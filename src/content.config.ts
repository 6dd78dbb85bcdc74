import { defineCollection } from 'astro:content';
import { bodyLoader, catalogLoader } from './content/loaders.ts';
import { contentDirFromEnv } from './lib/content-files.ts';

// The one definition of the content folder (POLKU_CONTENT_DIR or content/).
const dir = contentDirFromEnv();

export const collections = {
  /** Every fact and text, checked by src/lib/content-files.ts, with the mistakes found. */
  catalog: defineCollection({ loader: catalogLoader(dir) }),
  /** Markdown and MDX bodies, for rendering only. */
  trainingTexts: defineCollection({ loader: bodyLoader(dir, 'trainings') }),
  serviceTexts: defineCollection({ loader: bodyLoader(dir, 'services') }),
  eventTexts: defineCollection({ loader: bodyLoader(dir, 'events') }),
  pageTexts: defineCollection({ loader: bodyLoader(dir, 'pages') }),
};
