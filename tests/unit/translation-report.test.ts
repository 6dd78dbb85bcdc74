import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { findMissingTranslations, translationReport } from '../../src/integrations/translation-report.ts';
import { missingTranslations } from '../../src/lib/references.ts';
import { loadContentDir } from '../../src/lib/content-files.ts';

const work = mkdtempSync(join(tmpdir(), 'polku-translations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('missing translations', () => {
  it('lists the language files missing from the fixture content', () => {
    expect(findMissingTranslations('tests/fixtures/content')).toEqual([
      'content/events/testi/sv.md',
      'content/trainings/testi/sv.md',
    ]);
  });

  it('agrees with the catalog-based list', () => {
    const fromCatalog = missingTranslations(loadContentDir('tests/fixtures/content')).map((m) => m.file);
    expect(fromCatalog.sort()).toEqual(findMissingTranslations('tests/fixtures/content'));
  });

  it('accepts .mdx as a translation and reports a folder with no text at all in both languages', () => {
    mkdirSync(join(work, 'trainings', 'a'), { recursive: true });
    writeFileSync(join(work, 'trainings', 'a', 'fi.md'), '');
    writeFileSync(join(work, 'trainings', 'a', 'sv.mdx'), '');
    mkdirSync(join(work, 'services', 'b'), { recursive: true });
    expect(findMissingTranslations(work)).toEqual(['content/services/b/fi.md', 'content/services/b/sv.md']);
    expect(findMissingTranslations(join(work, 'nothing-here'))).toEqual([]);
  });

  it('the build prints the list at the end', async () => {
    const messages: string[] = [];
    const logger = { info: (m: string) => messages.push(m), warn: (m: string) => messages.push(m) };
    vi.stubEnv('POLKU_CONTENT_DIR', 'tests/fixtures/content');
    try {
      const hook = translationReport().hooks['astro:build:done'] as unknown as (o: { logger: typeof logger }) => void;
      hook({ logger });
    } finally {
      vi.unstubAllEnvs();
    }
    expect(messages.join('\n')).toBe(
      '2 translation(s) missing; these pages are shown in Finnish with a notice:\n' +
        '  content/events/testi/sv.md\n  content/trainings/testi/sv.md',
    );
  });
});
