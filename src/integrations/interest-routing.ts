/**
 * What the interest code needs besides the pages, at config setup (build and dev):
 * src/generated/routing.json (the routing table, for the scheduled retry function),
 * src/generated/page-headers.json (the security headers of on-demand answers), and
 * the on-demand confirmation pages.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllHeaders } from '@netlify/headers-parser';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales.ts';
import { contentDirIn, loadContentDirForIntegrations, separateBuildOutput } from '../lib/content-files.ts';
import { thanksPath } from '../lib/interest/paths.ts';
import { buildRoutingTable } from '../lib/interest/routing.ts';

/** The functions import these files from src/generated/. */
const sourceTables = (root: string) => join(root, 'src', 'generated');
/** Beside the source, or elsewhere for a build of another content tree (separateBuildOutput). */
const generated = (root: string) => separateBuildOutput() ?? sourceTables(root);

export function writeRoutingTable(root: string, contentDir: string): string {
  const table = buildRoutingTable(loadContentDirForIntegrations(contentDir));
  mkdirSync(generated(root), { recursive: true });
  const file = join(generated(root), 'routing.json');
  writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
  return file;
}

/**
 * The security headers of the "/*" rule in public/_headers, read with Netlify's own parser, for the
 * functions' HTML answers (Netlify applies _headers to files only). _headers stays the one place to edit.
 */
export async function writePageHeaders(root: string): Promise<string> {
  const { headers, errors } = await parseAllHeaders({
    headersFiles: [join(root, 'public', '_headers')],
    configHeaders: [],
    minimal: true,
  });
  if (errors.length) throw new Error(`public/_headers: ${errors.map((e) => e.message).join('; ')}`);
  const page = headers.find((h) => h.for === '/*')?.values ?? {};
  // Always beside the source, whatever the content tree: the headers come from public/_headers alone,
  // and the build cannot bundle the middleware without them.
  mkdirSync(sourceTables(root), { recursive: true });
  const file = join(sourceTables(root), 'page-headers.json');
  writeFileSync(file, `${JSON.stringify(page, null, 2)}\n`);
  return file;
}

export function interestRouting(): AstroIntegration {
  return {
    name: 'polku:interest-routing',
    hooks: {
      'astro:config:setup': async ({ config, logger, injectRoute }) => {
        const root = fileURLToPath(config.root);
        await writePageHeaders(root);
        // The confirmation pages are rendered on demand: the reference and institution come from the address.
        for (const locale of locales)
          injectRoute({
            pattern: thanksPath(locale),
            entrypoint: new URL('../server/ThanksPage.astro', import.meta.url),
            prerender: false,
          });
        const contentDir = contentDirIn(root);
        const table = writeRoutingTable(root, contentDir);
        logger.info(`Routing table for expressions of interest: ${table.replace(`${root}/`, '')}`);
      },
    },
  };
}
