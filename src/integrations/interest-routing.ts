/**
 * Writes what the interest functions read, generated from content/:
 * - at config setup (build and dev): src/generated/routing.json, the routing table;
 * - after the build: src/generated/interest-pages.json, the built form and
 *   confirmation pages the function fills in for browsers without JavaScript.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllHeaders } from '@netlify/headers-parser';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales.ts';
import { loadContentDir } from '../lib/content-files.ts';
import { thanksPath } from '../lib/interest/paths.ts';
import { buildRoutingTable } from '../lib/interest/routing.ts';
import { sectionPath } from '../lib/paths.ts';

/**
 * The functions import these files from src/generated/. A build of another content tree (a test or a
 * benchmark) sets POLKU_GENERATED_DIR so it never overwrites the tables of the site being served.
 */
const generated = (root: string) => process.env['POLKU_GENERATED_DIR'] ?? join(root, 'src', 'generated');

export function writeRoutingTable(root: string, contentDir: string): string {
  const table = buildRoutingTable(loadContentDir(contentDir));
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
  mkdirSync(generated(root), { recursive: true });
  const file = join(generated(root), 'page-headers.json');
  writeFileSync(file, `${JSON.stringify(page, null, 2)}\n`);
  return file;
}

export function interestRouting(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'polku:interest-routing',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        root = fileURLToPath(config.root);
        await writePageHeaders(root);
        const contentDir = join(root, process.env['POLKU_CONTENT_DIR'] ?? 'content');
        const table = writeRoutingTable(root, contentDir);
        logger.info(`Routing table for expressions of interest: ${table.replace(`${root}/`, '')}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const read = (path: string) => {
          const file = join(dist, path, 'index.html');
          return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        };
        const pages = {
          form: {} as Record<string, string>,
          thanks: {} as Record<string, string>,
          privacy: {} as Record<string, string>,
        };
        for (const locale of locales) {
          const form = read(sectionPath(locale, 'interest'));
          const thanks = read(thanksPath(locale));
          if (form) pages.form[locale] = form;
          if (thanks) pages.thanks[locale] = thanks;
          const privacy = form && /data-privacy="([^"]+)"/.exec(form);
          if (privacy?.[1]) pages.privacy[locale] = privacy[1];
        }
        writeFileSync(join(generated(root), 'interest-pages.json'), `${JSON.stringify(pages)}\n`);
        logger.info('Form and confirmation templates for the interest function written.');
      },
    },
  };
}
