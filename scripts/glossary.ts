/**
 * Writes docs/glossary.md from docs/glossary.yaml: npm run glossary.
 * The Markdown goes through Prettier with the project's settings, so the
 * generated page passes the format check; the glossary test compares the
 * file with this output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { type Glossary, glossarySchema, renderGlossary } from '../src/lib/glossary.ts';

const root = join(import.meta.dirname, '..');
export const glossaryYaml = join(root, 'docs', 'glossary.yaml');
export const glossaryMd = join(root, 'docs', 'glossary.md');

export function readGlossary(file = glossaryYaml): Glossary {
  const result = glossarySchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    const issues = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${file} is not a valid glossary:\n${issues}`);
  }
  return result.data;
}

/** The Markdown page as Prettier lays it out. */
export async function glossaryMarkdown(glossary = readGlossary()): Promise<string> {
  const options = (await resolveConfig(glossaryMd)) ?? {};
  return format(renderGlossary(glossary), { ...options, filepath: glossaryMd });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(glossaryMd, await glossaryMarkdown());
  console.log(`Wrote docs/glossary.md`);
}
