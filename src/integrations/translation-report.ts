import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales.ts';
import { contentDirFromEnv } from '../lib/content-files.ts';

const documentFolders = ['trainings', 'services', 'events', 'pages'];

/** Folders under content/ that lack a language file (fi.md, sv.md…). */
export function findMissingTranslations(contentDir: string): string[] {
  const missing: string[] = [];
  for (const kind of documentFolders) {
    const dir = join(contentDir, kind);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      for (const locale of locales) {
        const has = ['md', 'mdx'].some((ext) => existsSync(join(dir, entry.name, `${locale}.${ext}`)));
        if (!has) missing.push(`content/${kind}/${entry.name}/${locale}.md`);
      }
    }
  }
  return missing.sort();
}

/** Prints, at the end of every build, which pages are shown in Finnish for lack of a translation. */
export function translationReport(): AstroIntegration {
  return {
    name: 'polku:translation-report',
    hooks: {
      'astro:build:done': ({ logger }) => {
        const missing = findMissingTranslations(resolve(contentDirFromEnv()));
        if (missing.length === 0) {
          logger.info('Every page has all its translations.');
          return;
        }
        logger.warn(
          `${missing.length} translation(s) missing; these pages are shown in Finnish with a notice:\n` +
            missing.map((file) => `  ${file}`).join('\n'),
        );
      },
    },
  };
}
