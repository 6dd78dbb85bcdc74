/**
 * The one content reader. It reads a content folder (normally `content/`)
 * from disk into the plain `Catalog` the pages use, checks every file with
 * the schemas and every id against the others, and reports each mistake once
 * in plain Finnish with the file, the line where there is one, and the field.
 *
 * Astro's collections (src/content.config.ts), the build's content check
 * (src/integrations/content-check.ts), the other integrations, scripts and
 * tests all read content through here, and `contentDirFromEnv` is the only
 * place that decides which folder that is.
 *
 *   const { catalog, problems } = checkContentDir(contentDirFromEnv());
 *   // or, to throw naming every problem:
 *   const catalog = loadContentDir('content');
 *
 * Layout read:
 *   institutions/<id>.yaml, regions/<id>.yaml,
 *   {trainings,services,events,pages}/<id>/facts.yaml and <id>/<locale>.md|mdx
 * A file that fails its schema is left out of the catalog and reported;
 * references are checked only when every file passed, so one mistake gives
 * one message and not a second one about what it left out.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { type Locale, locales } from '../i18n/locales.ts';
import {
  type Campaign,
  campaignsFileSchema,
  documentKinds,
  type DocumentKind,
  institutionSchema,
  regionSchema,
  type Text,
  textSchema,
} from '../content/schemas.ts';
import type { Catalog, Doc } from './catalog.ts';
import { issueMessage, nearest } from './content-messages.ts';
import { checkCampaignTargets, checkReferences, formatProblems, type Problem } from './references.ts';

/** The content folder every reader uses: POLKU_CONTENT_DIR (for tests and benchmarks) or `content`. */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env['POLKU_CONTENT_DIR'] ?? 'content';
}

/**
 * Where a build of another content tree (a test, a benchmark) writes what the functions import (the
 * routing table, the server build): POLKU_GENERATED_DIR, so it never overwrites what the site being
 * built or served imports. Undefined for the site's own build, which writes them beside the source.
 */
export const separateBuildOutput = (env: Record<string, string | undefined> = process.env): string | undefined =>
  env['POLKU_GENERATED_DIR'];

/** The content folder of the project at `root`: POLKU_CONTENT_DIR may be relative to it or absolute. */
export const contentDirIn = (root: string, env: Record<string, string | undefined> = process.env): string =>
  resolve(root, contentDirFromEnv(env));

/** Parsed YAML with what is needed to point at a line. */
interface Parsed {
  data: unknown;
  /** 1-based line of the deepest part of `path` that exists in the file. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
  /** The first syntax error, already in plain words. */
  error?: { line: number; field: string; message: string };
}

const brokenLine = 'Rivin rakenne on rikki. Tarkista kaksoispisteet, lainausmerkit ja sisennys.';
const indentCodes = new Set(['BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'BAD_INDENT']);

/** The field a YAML line sets ("  - email: …" → email), or "(file)". */
const fieldOnLine = (line = '') => /^\s*(?:-\s*)?([A-Za-z][\w-]*)\s*:/.exec(line)?.[1] ?? '(file)';

function yamlError(doc: Document, lines: string[], offset: number): Parsed['error'] {
  const [first] = doc.errors;
  if (!first) return undefined;
  // A line indented too far reads as the continuation of the key above; that second error points at it.
  const multiline = doc.errors.find((e) => e.code === 'MULTILINE_IMPLICIT_KEY');
  let at = (multiline?.linePos?.[1] ?? first.linePos?.[0])?.line ?? 1;
  const quotes = first.code === 'MISSING_CHAR' && /quote/i.test(first.message);
  const brackets = !quotes && (first.code === 'MISSING_CHAR' || /flow/i.test(first.message));
  const count = (line: string, chars: RegExp) => line.match(chars)?.length ?? 0;
  // An unclosed { or [ or quote is reported where the parser gave up (for a quote, where the file
  // ends); the editor needs the line that opened it: the nearest one above that leaves it open.
  const opens = brackets
    ? (line: string) => count(line, /[{[]/g) > count(line, /[}\]]/g)
    : quotes
      ? (line: string) => count(line, /"/g) % 2 === 1 || count(line, /'/g) % 2 === 1
      : undefined;
  if (opens)
    for (let i = Math.min(at, lines.length); i >= 1; i--)
      if (opens(lines[i - 1] ?? '')) {
        at = i;
        break;
      }
  const field = fieldOnLine(lines[at - 1]);
  // "summary: Koulutus: opit …": an unquoted text with ": " in it reads as a second field on the line.
  const colonInText =
    first.code === 'BLOCK_AS_IMPLICIT_KEY' &&
    !multiline &&
    /^\s*(?:-\s*)?[\w-]+:\s+[^\s"'{[].*:\s/.test(lines[at - 1] ?? '');
  let message = brokenLine;
  if (first.code === 'TAB_AS_INDENT') message = 'Rivi on sisennetty sarkaimella. Sisennä välilyönneillä.';
  else if (quotes)
    message =
      'Lainausmerkki jää auki. Kirjoita tekstin loppuun samanlainen lainausmerkki kuin tekstin alussa (" tai \').';
  else if (brackets) message = 'Sulkeet eivät täsmää. Tarkista, että jokaisella { ja [ on pari } ja ] samalla rivillä.';
  else if (colonInText)
    message = `Tekstissä on kaksoispiste. Kirjoita koko teksti lainausmerkkeihin, esimerkiksi ${field}: "Koulutus: opit uutta".`;
  else if (first.code === 'UNEXPECTED_TOKEN')
    message =
      'Rivillä on tekstiä lainausmerkkien tai sulkeiden jälkeen. Kirjoita koko teksti lainausmerkkien sisään tai poista ylimääräinen teksti.';
  else if (indentCodes.has(first.code))
    message =
      'Rivin sisennys on väärä. Aloita rivi samasta kohdasta kuin muut saman tason kentät; toisen kentän alle kuuluvat rivit sisennetään kahdella välilyönnillä.';
  return { line: at + offset, field, message };
}

/** The lines of YAML whose first line is line `offset + 1` of its file, from the `yaml` package's positions. */
function positions(source: string, offset: number): Pick<Parsed, 'lineOf' | 'error'> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: true });
  const error = yamlError(doc, source.split(/\r?\n/), offset);
  const lineOf = (path: ReadonlyArray<PropertyKey>) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        const range = (pair.key as { range?: [number, number, number] }).range;
        if (range) line = lineCounter.linePos(range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        const range = (node as { range?: [number, number, number] }).range;
        if (range) line = lineCounter.linePos(range[0]).line;
      } else break;
    }
    return line === undefined ? undefined : line + offset;
  };
  return { lineOf, ...(error ? { error } : {}) };
}

/**
 * Parses YAML whose first line is line `offset + 1` of its file (frontmatter starts after `---`).
 * js-yaml reads the data: it is several times faster over thousands of files. The `yaml` package,
 * which keeps where each node stands, is asked only when a line is wanted: for a syntax error, or
 * for a field that fails its schema. Both read YAML 1.2's core schema (no dates, no yes/no).
 */
export function parseYaml(source: string, offset = 0): Parsed {
  let located: Pick<Parsed, 'lineOf' | 'error'> | undefined;
  const locate = () => (located ??= positions(source, offset));
  try {
    const data = load(source, { schema: CORE_SCHEMA }) ?? {};
    return { data, lineOf: (path) => locate().lineOf(path) };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const { lineOf, error: explained } = locate();
    // The two parsers agree on what is broken; should `yaml` see no fault, js-yaml's line still points at it.
    const line = (error.mark?.line ?? 0) + 1;
    const field = fieldOnLine(source.split(/\r?\n/)[line - 1]);
    return { data: undefined, lineOf, error: explained ?? { line: line + offset, field, message: brokenLine } };
  }
}

/** Splits `---\nyaml\n---\nbody` into its parsed YAML and the Markdown body. */
export function readFrontmatter(source: string): Parsed & { body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { data: {}, lineOf: () => undefined, body: source };
  return { ...parseYaml(match[1]!, 1), body: source.slice(match[0].length) };
}

/** Splits `---\nyaml\n---\nbody` into its YAML data and the Markdown body. */
export function splitFrontmatter(source: string): { data: unknown; body: string } {
  const { data, body } = readFrontmatter(source);
  return { data: data ?? {}, body };
}

/** "intake[0].email" from zod's ['intake', 0, 'email']. */
function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : name ? `${name}.${String(key)}` : String(key)),
    '',
  );
}

const hasPath = (data: unknown, path: ReadonlyArray<PropertyKey>) =>
  path.every((key) => {
    if (data === null || typeof data !== 'object' || !(key in data)) return false;
    data = (data as Record<PropertyKey, unknown>)[key];
    return data !== undefined;
  });

/** Validates parsed YAML with a schema; on failure adds one plain problem per field. */
export function validate<S extends z.ZodType>(
  schema: S,
  parsed: Parsed,
  file: string,
  problems: Problem[],
): z.infer<S> | undefined {
  if (parsed.error) {
    problems.push({ file, ...parsed.error });
    return undefined;
  }
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return result.data;
  const seen = new Set<string>();
  // A cross-field rule (end after start) fails too when one of its fields is wrong: report the field only.
  const own = result.error.issues.filter((i) => i.code !== 'custom');
  // A misspelled field name also leaves the real field missing: say it once, as the misspelling.
  const unknown = own.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys : []));
  for (const issue of own.length ? own : result.error.issues) {
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    const field = fieldName(path) || '(file)';
    if (seen.has(field)) continue;
    seen.add(field);
    const present = hasPath(parsed.data, issue.path);
    const key = String(issue.path.at(-1));
    if (!present && issue.code !== 'unrecognized_keys' && unknown.some((k) => nearest(k, [key]).length)) continue;
    const line = parsed.lineOf(path);
    const message = issueMessage(issue, schema, present);
    problems.push({ file, field, message, ...(line ? { line } : {}) });
  }
  return undefined;
}

function readYaml(dir: string, file: string): Parsed {
  return parseYaml(readFileSync(join(dir, file), 'utf8'));
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
    const facts = existsSync(join(dir, rel, 'facts.yaml'))
      ? validate(documentKinds[kind], readYaml(dir, `${rel}/facts.yaml`), `content/${rel}/facts.yaml`, problems)
      : void problems.push({
          file: `content/${rel}/facts.yaml`,
          field: '(file)',
          message: `Tiedosto facts.yaml puuttuu. Kopioi se jostakin toisesta kansiosta kansion content/${kind} alta ja muokkaa tietoja.`,
        });
    const texts: Partial<Record<Locale, Text>> = {};
    // The files are read by name rather than listed: on a slow disk, listing thousands of folders costs
    // more than asking for a missing file. An .mdx wins over an .md of the same language, as in a listing.
    for (const file of locales.flatMap((l) => [`${l}.md`, `${l}.mdx`])) {
      const source = readIfExists(join(dir, rel, file));
      if (source === undefined) continue;
      const text = validate(textSchema, readFrontmatter(source), `content/${rel}/${file}`, problems);
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
      const data = validate(schema, readYaml(dir, `${kind}/${file}`), `content/${kind}/${file}`, problems);
      return data === undefined ? [] : [{ id: file.replace(/\.yaml$/, ''), ...(data as object) }];
    }) as Array<z.infer<S> & { id: string }>;
}

/** The short campaign links of a content folder (none without the file), validated. */
export function readCampaigns(dir: string, problems: Problem[]): Campaign[] {
  const file = 'campaigns.yaml';
  if (!existsSync(join(dir, file))) return [];
  return validate(campaignsFileSchema, readYaml(dir, file), `content/${file}`, problems) ?? [];
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

/** "trainings[1]" → ['trainings', 1]: reads back a field name for its line. */
const pathOf = (field: string): PropertyKey[] =>
  field
    .split(/\.|\[(\d+)\]/)
    .flatMap((part, i): PropertyKey[] => (part === undefined || part === '' ? [] : i % 2 ? [Number(part)] : [part]));

/** Gives reference problems the line of their field. */
function withLine(dir: string, problem: Problem): Problem {
  if (problem.line || !problem.file.endsWith('.yaml')) return problem;
  const path = join(dir, problem.file.replace(/^content\//, ''));
  if (!existsSync(path)) return problem;
  const line = readYaml(dir, problem.file.replace(/^content\//, '')).lineOf(pathOf(problem.field));
  return line ? { ...problem, line } : problem;
}

/** Reads a content folder and checks its references: every mistake, each once. */
export function checkContentDir(dir: string): { catalog: Catalog; problems: Problem[] } {
  const { catalog, problems } = readContentDir(dir);
  // Campaign links are checked with the content, so a mistake in them reads as any other.
  const campaigns = readCampaigns(dir, problems);
  if (problems.length) return { catalog, problems };
  const references = [...checkReferences(catalog), ...checkCampaignTargets(campaigns, catalog)];
  return { catalog, problems: references.map((p) => withLine(dir, p)) };
}

/** Thrown by loadContentDir; carries the problems so callers can show them their own way. */
export class ContentProblems extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `Sisällössä on ${problems.length === 1 ? 'virhe' : `${problems.length} virhettä`}:\n${formatProblems(problems)}`,
    );
    this.problems = problems;
    this.name = 'ContentProblems';
  }
}

type Checked = ReturnType<typeof checkContentDir>;

function catalogOrThrow({ catalog, problems }: Checked): Catalog {
  if (problems.length) throw new ContentProblems(problems);
  return catalog;
}

/** Reads a content folder and checks its references; throws naming every problem. */
export const loadContentDir = (dir: string): Catalog => catalogOrThrow(checkContentDir(dir));

const buildRead = Symbol.for('polku.content.build-read');

/**
 * For integrations and the build's loaders: one read of the content folder per build. The content
 * check, the first integration, reads it afresh at config setup (`fresh`); the routing table, the
 * catalog's first sync in a build and the outreach files then get that same read instead of
 * parsing every file again. Kept on `globalThis` because Astro loads the integrations and the
 * content config as separate module graphs in one process. The dev server's loader reads again on
 * every change and never comes here.
 */
export function checkContentDirForIntegrations(dir: string, fresh = false): Checked {
  const shared = globalThis as { [buildRead]?: { dir: string; checked: Checked } };
  const at = resolve(dir);
  const kept = shared[buildRead];
  if (!fresh && kept?.dir === at) return kept.checked;
  const checked = checkContentDir(at);
  shared[buildRead] = { dir: at, checked };
  return checked;
}

/** `loadContentDir` over the build's one read (checkContentDirForIntegrations). */
export const loadContentDirForIntegrations = (dir: string): Catalog =>
  catalogOrThrow(checkContentDirForIntegrations(dir));
