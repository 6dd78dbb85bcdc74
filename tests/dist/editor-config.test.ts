/**
 * The web editor's configuration as the built site serves it
 * (dist/admin/config.yml) agrees with the content schemas, checked against
 * zod itself rather than the JSON Schema the generator reads: every
 * collection, every field (nested ones too), every required mark, every
 * choice, and the doc comments as hints. A schema change that the editor
 * would not follow fails here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  campaignSchema,
  documentKinds,
  type DocumentKind,
  institutionSchema,
  regionSchema,
  textSchema,
} from '../../src/content/schemas.ts';
import { locales } from '../../src/i18n/locales.ts';
import { objectFields } from '../../src/lib/cms/fields.ts';
import { jsonSchemaOf, relations, schemaBlocks } from '../../src/lib/cms/config.ts';
import { schemaDocs } from '../../src/lib/cms/schema-docs.ts';
import { hints } from '../../src/lib/cms/hints.ts';
import { cmsWording } from '../../src/lib/cms/wording.ts';
import { distDir } from '../support/dist.ts';

interface Field {
  name: string;
  widget: string;
  required: boolean;
  hint?: string;
  options?: { value: string }[];
  fields?: Field[];
  field?: Field;
  types?: { name: string; fields: Field[] }[];
  typeKey?: string;
  i18n?: boolean;
  collection?: string;
  value_field?: string;
  multiple?: boolean;
}
interface Collection {
  name: string;
  folder?: string;
  path?: string;
  files?: { name: string; file: string; fields: Field[] }[];
  fields?: Field[];
}

const configFile = join(distDir, 'admin', 'config.yml');
const config = existsSync(configFile)
  ? (parse(readFileSync(configFile, 'utf8')) as { collections: Collection[]; i18n: { locales: string[] } })
  : undefined;
const collection = (name: string) => config!.collections.find((c) => c.name === name);

type AnyZod = z.ZodType;
/** Optional and default wrappers off, down to the schema that says what a value is. */
function core(schema: AnyZod): AnyZod {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return core(schema.unwrap() as AnyZod);
  if (schema instanceof z.ZodPipe) return core(schema.out as AnyZod);
  return schema;
}

/** Compares editor fields with a zod object, recursively; returns one line per disagreement. */
function disagreements(fields: Field[], schema: z.ZodObject, at: string): string[] {
  const out: string[] = [];
  const shape = schema.shape as Record<string, AnyZod>;
  const names = fields.map((f) => f.name).filter((n) => n !== 'body');
  if (names.join() !== Object.keys(shape).join()) out.push(`${at}: fields ${names} ≠ schema ${Object.keys(shape)}`);
  for (const field of fields) {
    const property = shape[field.name];
    if (!property) continue;
    const where = `${at}.${field.name}`;
    const optional = property.safeParse(undefined).success;
    if (field.required === optional) out.push(`${where}: required ${field.required}, schema optional ${optional}`);
    let value = core(property);
    const list = value instanceof z.ZodArray;
    if (value instanceof z.ZodArray) value = core(value.element as AnyZod);
    const target = (z.globalRegistry.get(value) as { refersTo?: keyof typeof relations } | undefined)?.refersTo;
    if (target) {
      const picker = relations[target];
      if (field.widget !== 'relation' || field.collection !== picker.collection || field.value_field !== picker.value_field)
        out.push(`${where}: an id of ${target}, but the editor has ${field.widget} ${field.collection ?? ''}`);
      if (Boolean(field.multiple) !== list) out.push(`${where}: multiple ${field.multiple}, schema list ${list}`);
    } else if (field.widget === 'relation') out.push(`${where}: a relation, the schema has no id target`);
    if (value instanceof z.ZodEnum) {
      const choices = (field.options ?? []).map((o) => o.value);
      if (choices.join() !== value.options.join()) out.push(`${where}: choices ${choices} ≠ ${value.options}`);
    } else if (field.options) out.push(`${where}: has choices, the schema has none`);
    if (value instanceof z.ZodObject) out.push(...disagreements(field.fields ?? [], value, where));
    const union = value instanceof z.ZodUnion ? (value.options as AnyZod[]) : undefined;
    const kinds = union?.every((o) => o instanceof z.ZodObject) ?? false;
    if (kinds && !field.types) out.push(`${where}: a choice of kinds in the schema, one ${field.widget} in the editor`);
    if (kinds && field.types) {
      for (const option of union!) {
        const object = option as z.ZodObject;
        // A variant's kind is one constant or a list of choices, each a type of its own.
        const kind = core(object.shape[field.typeKey!] as AnyZod);
        const values = kind instanceof z.ZodEnum ? kind.options : [(kind as z.ZodLiteral).value];
        for (const value of values) {
          const type = field.types.find((t) => t.name === String(value));
          if (!type) out.push(`${where}: no type ${String(value)}`);
          else out.push(...disagreements(type.fields, object.omit({ [field.typeKey!]: true } as never), where));
        }
      }
    }
  }
  return out;
}

const schemas: Record<string, z.ZodObject> = {
  institutions: institutionSchema,
  regions: regionSchema,
  ...(documentKinds as unknown as Record<DocumentKind, z.ZodObject>),
};

describe.skipIf(!config)('web editor configuration (dist/admin/config.yml)', () => {
  it('edits Finnish and Swedish side by side', () => {
    expect(config!.i18n.locales).toEqual([...locales]);
  });

  it.each(Object.keys(schemas))('%s: every field, required mark and choice matches the schema', (name) => {
    const c = collection(name);
    expect(c, `collection ${name}`).toBeDefined();
    expect(c!.folder).toBe(`content/${name}`);
    expect(disagreements(c!.fields ?? [], schemas[name]!, name)).toEqual([]);
  });

  it('campaigns: the list in content/campaigns.yaml, every field, required mark and choice as the schema', () => {
    const file = collection('campaigns')!.files![0]!;
    expect(file.file).toBe('content/campaigns.yaml');
    const list = file.fields[0]! as Field & { root?: boolean };
    expect([list.widget, list.root]).toEqual(['list', true]);
    expect(disagreements(list.fields ?? [], campaignSchema, 'campaigns')).toEqual([]);
    // A link to the form is set up with ids picked from lists.
    const target = list.fields!.find((f) => f.name === 'target')!;
    const form = target.types!.find((t) => t.name === 'form')!;
    expect(form.fields.map((f) => [f.name, f.widget, f.collection])).toEqual([
      ['training', 'relation', 'trainings'],
      ['service', 'relation', 'services'],
      ['municipality', 'relation', 'regions'],
    ]);
    expect(target.types!.map((t) => t.name)).toContain('trainingList');
  });

  it.each(Object.keys(documentKinds))('%s: every folder has its texts, fi.md and sv.md side by side', (kind) => {
    expect(collection(kind)!.path).toBe('{{slug}}/facts');
    const folders = readdirSync(join('content', kind), { withFileTypes: true }).filter((e) => e.isDirectory());
    const texts = collection(`${kind}-texts`);
    expect(texts?.files?.map((f) => f.name).sort()).toEqual(folders.map((f) => f.name).sort());
    for (const file of texts!.files!) {
      expect(file.file).toBe(`content/${kind}/${file.name}/{{locale}}.md`);
      expect(disagreements(file.fields, textSchema, `${kind}-texts/${file.name}`)).toEqual([]);
      expect(file.fields.every((f) => f.i18n === true)).toBe(true);
      expect(file.fields.map((f) => f.name)).toContain('body');
    }
  });

  it('shows the schema comments as hints, in Finnish and Swedish', () => {
    const docs = schemaDocs(readFileSync('src/content/schemas.ts', 'utf8'));
    const said = (block: string, key: string) => `${hints[`${block}.${key}`]!.fi} / ${hints[`${block}.${key}`]!.sv}`;
    const training = collection('trainings')!.fields!;
    const hint = (name: string) => training.find((f) => f.name === name)?.hint;
    expect(hint('start')).toBe(said('trainingFactsSchema', 'start'));
    expect(hint('start')).toMatch(/continuous/);
    const contact = training.find((f) => f.name === 'contact')!.fields!;
    expect(contact.find((f) => f.name === 'phone')?.hint).toMatch(/040 123 4567/);
    // Every commented property of every collection carries its comment, said in both languages.
    for (const [name, block] of Object.entries(schemaBlocks)) {
      for (const key of Object.keys(docs[block]!)) {
        expect(collection(name)!.fields!.find((f) => f.name === key)?.hint, `${name}.${key}`).toBe(said(block, key));
      }
    }
    // Inside a choice of kinds too: the venue of an event.
    const place = collection('events')!.fields!.find((f) => f.name === 'place')!;
    const venue = place.types!.find((t) => t.name === 'address')!.fields;
    expect(venue.find((f) => f.name === 'postalCode')?.hint).toBe(said('venue', 'postalCode'));
  });

  it('every translated hint is of the comment as it is now, and every comment of the editor has one', () => {
    const docs = schemaDocs(readFileSync('src/content/schemas.ts', 'utf8'));
    const stale = Object.entries(hints)
      .filter(([at, h]) => {
        const [block, key] = at.split('.') as [string, string];
        return docs[block]?.[key]?.doc !== h.en;
      })
      .map(([at]) => at);
    expect(stale, 'translated from a comment that has changed or is gone').toEqual([]);
    const shown = new Set<string>();
    const collect = (fields: Field[]) =>
      fields.forEach((f) => {
        if (f.hint) shown.add(f.hint);
        collect(f.fields ?? []);
        for (const t of f.types ?? []) collect(t.fields);
      });
    config!.collections.forEach((c) => collect([...(c.fields ?? []), ...(c.files ?? []).flatMap((f) => f.fields)]));
    const english = [...shown].filter((h) => !Object.values(hints).some((t) => h === `${t.fi} / ${t.sv}`));
    expect(english, 'hints without a Finnish and Swedish translation').toEqual([]);
  });
});

describe('editor fields follow a schema change', () => {
  const wording = cmsWording({}, {});
  const fieldsOf = (schema: z.ZodType) => objectFields(jsonSchemaOf(schema), { docs: {}, wording }) as unknown as Field[];

  it('a property added to a schema becomes a field with its required mark and choices', () => {
    const extended = z.object({
      keywords: z.array(z.string().min(1)).optional(),
      campaign: z.enum(['spring', 'autumn']),
    });
    const fields = fieldsOf(extended);
    expect(disagreements(fields, extended, 'extended')).toEqual([]);
    expect(fields.map((f) => [f.name, f.required, f.widget])).toEqual([
      ['keywords', false, 'list'],
      ['campaign', true, 'select'],
    ]);
  });

  it('the comparison notices a field the editor lacks, a wrong required mark and a missing choice', () => {
    const fields = fieldsOf(z.object({ a: z.string(), b: z.enum(['x', 'y']) }));
    const changed = z.object({ a: z.string().optional(), b: z.enum(['x', 'y', 'z']), c: z.number() });
    const found = disagreements(fields, changed, 's');
    expect(found).toHaveLength(3);
    expect(found.join('\n')).toMatch(/fields a,b ≠ schema a,b,c/);
    expect(found.join('\n')).toMatch(/s\.a: required true/);
    expect(found.join('\n')).toMatch(/s\.b: choices x,y ≠ x,y,z/);
  });

  it('ids are picked from a list, and a choice of kinds (an event place) gets a form per kind', () => {
    const schema = z.object({
      at: z.string().meta({ refersTo: 'institution' }),
      towns: z.array(z.string().meta({ refersTo: 'municipality' })).min(1),
      place: z.discriminatedUnion('kind', [
        z.object({ kind: z.literal('address'), street: z.string() }),
        z.object({ kind: z.literal('online'), url: z.url() }),
      ]),
    });
    const typed = [
      { name: 'at', widget: 'string', required: true },
      { name: 'towns', widget: 'list', required: true },
      { name: 'place', widget: 'string', required: true },
    ];
    expect(disagreements(typed, schema, 's')).toEqual([
      's.at: an id of institution, but the editor has string ',
      's.towns: an id of municipality, but the editor has list ',
      's.towns: multiple undefined, schema list true',
      's.place: a choice of kinds in the schema, one string in the editor',
    ]);
    const relation = (target: string) => ({ widget: 'relation', ...relations[target as keyof typeof relations] });
    const fields = objectFields(jsonSchemaOf(schema), { docs: {}, wording, relation }) as unknown as Field[];
    expect(disagreements(fields, schema, 's')).toEqual([]);
    expect(fields.map((f) => [f.widget, f.collection, f.multiple])).toEqual([
      ['relation', 'institutions', undefined],
      ['relation', 'regions', true],
      ['object', undefined, undefined],
    ]);
    expect(fields[2]!.types!.map((t) => [t.name, t.fields.map((f) => f.name)])).toEqual([
      ['address', ['street']],
      ['online', ['url']],
    ]);
  });
});
