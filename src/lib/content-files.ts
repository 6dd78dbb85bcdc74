/**
 * Reads a content folder (normally `content/`) straight from disk into the
 * plain `Catalog` the pages use, validating every file with the same schemas
 * Astro uses. For code that runs outside Astro: the routing-table generator,
 * scripts and tests.
 *
 *   const { catalog, problems } = readContentDir('content');
 *   // or, to stop with every problem named by file, field and reason:
 *   const catalog = loadContentDir('content');
 *
 * Layout read (the same globs as `src/content.config.ts`):
 *   institutions/<id>.yaml, regions/<id>.yaml,
 *   {trainings,services,events,pages}/<id>/facts.yaml and <id>/<locale>.md|mdx
 * A file that fails its schema is left out of the catalog and reported.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { type Locale, locales } from '../i18n/locales.ts';
import {
  documentKinds,
  type DocumentKind,
  institutionSchema,
  regionSchema,
  type Text,
  textSchema,
} from '../content/schemas.ts';
import type { Catalog, Doc } from './catalog.ts';
import { checkReferences, formatProblems, type Problem } from './references.ts';

/** Splits `---\nyaml\n---\nbody` into its YAML data and the Markdown body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { data: {}, body: source };
  return { data: parse(match[1]!) ?? {}, body: source.slice(match[0].length) };
}

/** "intake[0].email" from zod's ['intake', 0, 'email']. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

/** Validates data with a schema; on failure adds one problem per zod issue. */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  problems: Problem[],
): z.infer<S> | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, field: fieldName(issue.path) || '(file)', message: issue.message });
  }
  return undefined;
}

function readYaml(dir: string, file: string, problems: Problem[]): unknown {
  try {
    return parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    problems.push({ file: `content/${file}`, field: '(file)', message: `not valid YAML: ${(error as Error).message}` });
    return undefined;
  }
}

function readIfExists(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const entries = (dir: string, dirs: boolean) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() === dirs && !e.name.startsWith('.'))
        .map((e) => e.name)
        .sort()
    : [];

function readDocs(dir: string, kind: DocumentKind, problems: Problem[]): Array<Doc<unknown>> {
  const docs: Array<Doc<unknown>> = [];
  for (const id of entries(join(dir, kind), true)) {
    const rel = `${kind}/${id}`;
    const facts = validate(
      documentKinds[kind],
      readYaml(dir, `${rel}/facts.yaml`, problems),
      `content/${rel}/facts.yaml`,
      problems,
    );
    const texts: Partial<Record<Locale, Text>> = {};
    // The files are read by name rather than listed: on a slow disk, listing thousands of folders costs
    // more than asking for a missing file. An .mdx wins over an .md of the same language, as in a listing.
    for (const file of locales.flatMap((l) => [`${l}.md`, `${l}.mdx`])) {
      const source = readIfExists(join(dir, rel, file));
      if (source === undefined) continue;
      const text = validate(textSchema, splitFrontmatter(source).data, `content/${rel}/${file}`, problems);
      if (text) texts[file.slice(0, file.indexOf('.')) as Locale] = text;
    }
    if (facts !== undefined) docs.push({ id, facts, texts });
  }
  return docs;
}

function readYamlFiles<S extends z.ZodType>(dir: string, kind: string, schema: S, problems: Problem[]) {
  return entries(join(dir, kind), false)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const data = validate(schema, readYaml(dir, `${kind}/${file}`, problems), `content/${kind}/${file}`, problems);
      return data === undefined ? [] : [{ id: file.replace(/\.yaml$/, ''), ...(data as object) }];
    }) as Array<z.infer<S> & { id: string }>;
}

/** Reads and validates a content folder; schema problems are returned, not thrown. */
export function readContentDir(dir: string): { catalog: Catalog; problems: Problem[] } {
  const problems: Problem[] = [];
  const catalog: Catalog = {
    institutions: readYamlFiles(dir, 'institutions', institutionSchema, problems),
    regions: readYamlFiles(dir, 'regions', regionSchema, problems),
    trainings: readDocs(dir, 'trainings', problems) as Catalog['trainings'],
    services: readDocs(dir, 'services', problems) as Catalog['services'],
    events: readDocs(dir, 'events', problems) as Catalog['events'],
    pages: readDocs(dir, 'pages', problems) as Catalog['pages'],
  };
  return { catalog, problems };
}

/** The content folder the build uses: POLKU_CONTENT_DIR or `content`. */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env['POLKU_CONTENT_DIR'] ?? 'content';
}

/** Reads a content folder and checks its references; throws naming every problem. */
export function loadContentDir(dir: string): Catalog {
  const { catalog, problems } = readContentDir(dir);
  const all = problems.length ? problems : checkReferences(catalog);
  if (all.length) throw new Error(`Content has ${all.length} problem(s):\n${formatProblems(all)}`);
  return catalog;
}
