/**
 * Builds the Pagefind search index after `astro build`, into <outDir>/pagefind/.
 * Pagefind reads `<html lang>` and writes one index per language; only
 * elements inside `data-pagefind-body` (the <main> of indexable pages) count.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await close();
  }
}

export function pagefind(): AstroIntegration {
  return {
    name: 'polku:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages } = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Search index: ${pages} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
