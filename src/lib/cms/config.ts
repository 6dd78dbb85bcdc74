/**
 * The web editor's configuration (Sveltia CMS's config.yml), generated from
 * the content schemas in src/content/schemas.ts and the content tree.
 *
 * Mapping (Sveltia cannot edit a folder of facts.yaml + fi.md + sv.md as one
 * entry: its entry collections keep languages as `<slug>.fi.md` or `fi/<slug>.md`):
 *   - institutions, regions: one entry collection each over their YAML files;
 *     text per language is a field pair (fi, sv) inside the one file.
 *   - campaigns: content/campaigns.yaml, one file whose top level is a list.
 *   - trainings, services, events, pages: an entry collection over the
 *     folders' facts.yaml (facts entered once; creates a new folder), and a
 *     file collection with one item per existing folder whose fi.md and sv.md
 *     are edited side by side (Sveltia's i18n, `{{locale}}.md`). A new
 *     folder's texts appear there after the next build.
 */
import { z } from 'zod';
import { defaultLocale, locales } from '../../i18n/locales.ts';
import {
  campaignSchema,
  type DocumentKind,
  documentKinds,
  type IdTarget,
  institutionSchema,
  regionSchema,
  textSchema,
} from '../../content/schemas.ts';
import { type CmsField, type JsonSchema, objectFields, type Wording } from './fields.ts';
import type { SchemaDocs } from './schema-docs.ts';

export interface CmsInput {
  docs: SchemaDocs;
  wording: Wording;
  /** Folder names under content/<kind>/ (one per document), by kind. */
  folders: Record<DocumentKind, string[]>;
  /** Title of each folder's default-language text, for the file list; falls back to the folder name. */
  titles?: Record<string, string>;
  /** Collection labels, by collection name. */
  collectionLabel(name: string): string;
  /** GitHub repository ("owner/name") and branch the production editor commits to. */
  repo: string;
  branch: string;
}

/** The schema constant that carries each collection's doc comments. */
export const schemaBlocks = {
  institutions: 'institutionSchema',
  regions: 'regionSchema',
  trainings: 'trainingFactsSchema',
  services: 'serviceFactsSchema',
  events: 'eventFactsSchema',
  pages: 'pageFactsSchema',
} as const;

/**
 * Where the editor finds the ids it offers: the file names of institutions,
 * the municipalities listed in the regions' files, the folder names of
 * trainings and services. Names are shown in Finnish, the editors' common
 * language; the stored value is the id, as the schemas want.
 */
export const relations: Record<IdTarget, { collection: string } & Record<string, unknown>> = {
  institution: {
    collection: 'institutions',
    value_field: '{{slug}}',
    display_fields: ['{{name.fi}}'],
    search_fields: ['name.fi', 'name.sv'],
  },
  municipality: {
    collection: 'regions',
    value_field: 'municipalities.*.id',
    display_fields: ['municipalities.*.name.fi'],
    search_fields: ['municipalities.*.name.fi', 'municipalities.*.name.sv'],
  },
  training: { collection: 'trainings', value_field: '{{slug}}', display_fields: ['{{slug}}'] },
  service: { collection: 'services', value_field: '{{slug}}', display_fields: ['{{slug}}'] },
};

export const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;

function fieldsOf(schema: z.ZodType, block: string, input: CmsInput): CmsField[] {
  return objectFields(jsonSchemaOf(schema), {
    docs: input.docs,
    block,
    wording: input.wording,
    relation: (target) => ({ widget: 'relation', ...relations[target as IdTarget] }),
  });
}

function yamlFiles(name: 'institutions' | 'regions', schema: z.ZodType, input: CmsInput) {
  return {
    name,
    label: input.collectionLabel(name),
    folder: `content/${name}`,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    summary: '{{name.fi}}',
    // The file name is the id other files refer to: the editor types it.
    slug: { editable: true },
    fields: fieldsOf(schema, schemaBlocks[name], input),
  };
}

function facts(kind: DocumentKind, input: CmsInput) {
  return {
    name: kind,
    label: input.collectionLabel(kind),
    folder: `content/${kind}`,
    path: '{{slug}}/facts',
    extension: 'yaml',
    format: 'yaml',
    create: true,
    slug: { editable: true },
    summary: '{{slug}}',
    fields: fieldsOf(documentKinds[kind], schemaBlocks[kind], input),
  };
}

function texts(kind: DocumentKind, input: CmsInput) {
  const fields: CmsField[] = [
    ...fieldsOf(textSchema, 'textSchema', input),
    { name: 'body', label: input.wording.label('body'), widget: 'markdown', required: true },
  ].map((f) => ({ ...f, i18n: true }));
  return {
    name: `${kind}-texts`,
    label: input.collectionLabel(`${kind}-texts`),
    i18n: true,
    files: input.folders[kind].map((folder) => ({
      name: folder,
      label: input.titles?.[`${kind}/${folder}`] ?? folder,
      file: `content/${kind}/${folder}/{{locale}}.md`,
      format: 'frontmatter',
      i18n: true,
      fields,
    })),
  };
}

/** content/campaigns.yaml: one file whose top level is the list of short campaign links. */
function campaigns(input: CmsInput) {
  const label = input.collectionLabel('campaigns');
  return {
    name: 'campaigns',
    label,
    files: [
      {
        name: 'campaigns',
        label,
        file: 'content/campaigns.yaml',
        format: 'yaml',
        fields: [
          {
            name: 'campaigns',
            label,
            widget: 'list',
            root: true,
            summary: '{{code}}: {{description}}',
            fields: fieldsOf(campaignSchema, 'campaignSchema', input),
          },
        ],
      },
    ],
  };
}

export function cmsConfig(input: CmsInput) {
  const kinds = Object.keys(documentKinds) as DocumentKind[];
  return {
    // Production signs in through GitHub; "Work with Local Repository" needs no backend.
    backend: { name: 'github', repo: input.repo, branch: input.branch },
    // An empty optional field is left out, not written as '' (which the schemas refuse, e.g. a slug).
    output: { omit_empty_optional_fields: true },
    media_folder: 'public/images',
    public_folder: '/images',
    i18n: { structure: 'multiple_files', locales: [...locales], default_locale: defaultLocale },
    collections: [
      yamlFiles('institutions', institutionSchema, input),
      yamlFiles('regions', regionSchema, input),
      ...kinds.flatMap((kind) => [facts(kind, input), ...(input.folders[kind].length ? [texts(kind, input)] : [])]),
      campaigns(input),
    ],
  };
}
