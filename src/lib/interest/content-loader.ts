/**
 * Reads the parts of content/ that routing needs straight from the files,
 * validated with the same schemas as the site. Used by the build hook that
 * writes the routing table and by the tests; no Astro involved.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { locales } from '../../i18n/locales.ts';
import {
  institutionSchema,
  regionSchema,
  serviceFactsSchema,
  textSchema,
  trainingFactsSchema,
} from '../../content/schemas.ts';
import type { Catalog, Doc } from '../catalog.ts';

function check<S extends z.ZodType>(schema: S, value: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`${file} is invalid:\n${problems}`);
  }
  return result.data;
}

function yamlFiles<S extends z.ZodType>(dir: string, schema: S): Array<z.infer<S> & { id: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(check(schema, parse(readFileSync(join(dir, f), 'utf8')), join(dir, f)) as object) })) as Array<z.infer<S> & { id: string }>;
}

function frontmatter(text: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? parse(match[1]!) : {};
}

function docs<S extends z.ZodType>(dir: string, schema: S): Array<Doc<z.infer<S>>> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'facts.yaml')))
    .map((e) => e.name)
    .sort()
    .map((id) => {
      const factsFile = join(dir, id, 'facts.yaml');
      const facts = check(schema, parse(readFileSync(factsFile, 'utf8')), factsFile);
      const texts: Doc<unknown>['texts'] = {};
      for (const locale of locales) {
        const file = ['md', 'mdx'].map((ext) => join(dir, id, `${locale}.${ext}`)).find((f) => existsSync(f));
        if (file) texts[locale] = check(textSchema, frontmatter(readFileSync(file, 'utf8')), file);
      }
      return { id, facts, texts };
    });
}

export type RoutingCatalog = Pick<Catalog, 'institutions' | 'regions' | 'trainings' | 'services'>;

export function loadRoutingCatalog(contentDir: string): RoutingCatalog {
  return {
    institutions: yamlFiles(join(contentDir, 'institutions'), institutionSchema),
    regions: yamlFiles(join(contentDir, 'regions'), regionSchema),
    trainings: docs(join(contentDir, 'trainings'), trainingFactsSchema),
    services: docs(join(contentDir, 'services'), serviceFactsSchema),
  };
}
