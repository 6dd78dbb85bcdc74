/**
 * Turns one content schema (as JSON Schema, from zod's `z.toJSONSchema`) into
 * Sveltia CMS fields: every property becomes a field with the schema's
 * required mark, choices, limits and doc comment (as the hint). Nothing here
 * is written by hand per field, so a property added to src/content/schemas.ts
 * shows up in the editor at the next build.
 */
import type { SchemaDocs } from './schema-docs.ts';

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  /** A discriminated union (an event's place) comes as oneOf. */
  oneOf?: JsonSchema[];
  enum?: (string | number)[];
  const?: string | number | boolean;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  /** What an id points at (zod `.meta({ refersTo })` in the schemas). */
  refersTo?: string;
}

export type CmsField = Record<string, unknown> & { name: string; widget: string };

/** Labels and option names the editor shows; anything missing falls back to the property name. */
export interface Wording {
  label(key: string): string;
  /** The label of one choice of an enum property, e.g. fields → "Logistiikka / Logistik". */
  option(key: string, value: string): string;
  /** The hint for a property with the doc comment `doc` in schema constant `block`. */
  hint(block: string, key: string, doc: string): string;
}

interface Context {
  docs: SchemaDocs;
  /** Schema constant whose comments describe this level's properties. */
  block?: string | undefined;
  wording: Wording;
  /** The picker for ids of one kind (a relation to the collection that holds them); without it, ids are typed. */
  relation?: (target: string) => Partial<CmsField>;
}

const dateFormats: Record<string, { format: string; time_format?: false; date_format?: false }> = {
  date: { format: 'YYYY-MM-DD', time_format: false },
};
const idPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
// zod's local date-time pattern: a date, a literal T, then the time.
const localDateTimePattern = /\)T\(/;

function stringField(node: JsonSchema, key: string, ctx: Context): Partial<CmsField> {
  if (node.enum) return selectField(node.enum.map(String), key, ctx);
  if (node.format === 'date') return { widget: 'datetime', ...dateFormats['date'] };
  if (node.format === 'datetime' || (node.pattern && localDateTimePattern.test(node.pattern)))
    return { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', picker_utc: false };
  const field: Partial<CmsField> = { widget: 'string' };
  if (node.format === 'email') field['type'] = 'email';
  else if (node.format === 'uri') field['type'] = 'url';
  else if (node.pattern)
    field['pattern'] = [
      node.pattern,
      node.pattern === idPattern ? 'a–z, 0–9 ja väliviiva / bindestreck' : 'muoto / format',
    ];
  if (node.minLength !== undefined && node.minLength > 1) field['minlength'] = node.minLength;
  if (node.maxLength !== undefined) field['maxlength'] = node.maxLength;
  return field;
}

function selectField(values: string[], key: string, ctx: Context, multiple = false): Partial<CmsField> {
  return {
    widget: 'select',
    options: values.map((value) => ({ label: ctx.wording.option(key, value), value })),
    ...(multiple ? { multiple: true } : {}),
  };
}

/**
 * A union of objects told apart by a `kind` (an event's place, a campaign's target) becomes typed
 * variants: one per constant, or one per choice where a variant's kind is a list of choices.
 */
function variantField(options: JsonSchema[], key: string, ctx: Context): Partial<CmsField> | undefined {
  const kinds = (o: JsonSchema, k: string) => {
    const p = o.properties?.[k];
    return p?.const !== undefined ? [String(p.const)] : p?.enum?.map(String);
  };
  const typeKey = Object.keys(options[0]?.properties ?? {}).find((k) =>
    options.every((o) => o.type === 'object' && kinds(o, k)),
  );
  if (!typeKey) return undefined;
  return {
    widget: 'object',
    typeKey,
    types: options.flatMap((o) => {
      const rest = { ...o, properties: { ...o.properties } };
      delete rest.properties[typeKey];
      const fields = objectFields(rest, ctx);
      return kinds(o, typeKey)!.map((value) => ({
        name: value,
        label: ctx.wording.option(key, value),
        widget: 'object',
        fields,
      }));
    }),
  };
}

function widgetFor(node: JsonSchema, key: string, ctx: Context): Partial<CmsField> {
  if (node.refersTo && ctx.relation) return ctx.relation(node.refersTo);
  const nested: Context = { ...ctx, block: ctx.block ? ctx.docs[ctx.block]?.[key]?.ref : undefined };
  const options = node.oneOf ?? node.anyOf;
  if (options) {
    const variants = variantField(options, key, nested);
    if (variants) return variants;
    // A literal or a date (a training's start): one text box, checked by the union's own patterns.
    const unanchored = (p = '.+') => p.replace(/^\^|\$$/g, '');
    const pattern = options.map((o) => (o.const !== undefined ? String(o.const) : `(?:${unanchored(o.pattern)})`));
    return { widget: 'string', pattern: [`^(?:${pattern.join('|')})$`, 'muoto / format'] };
  }
  switch (node.type) {
    case 'object':
      return { widget: 'object', collapsed: false, fields: objectFields(node, nested) };
    case 'array': {
      const items = node.items ?? {};
      const base = node.minItems ? { min: node.minItems } : {};
      if (items.enum) return { ...selectField(items.enum.map(String), key, ctx, true), ...base };
      if (items.refersTo && ctx.relation) return { ...ctx.relation(items.refersTo), multiple: true, ...base };
      if (items.type === 'object') return { widget: 'list', fields: objectFields(items, nested), ...base };
      return {
        widget: 'list',
        field: { name: key, label: ctx.wording.label(key), ...widgetFor(items, key, ctx) },
        ...base,
      };
    }
    case 'boolean':
      return { widget: 'boolean' };
    case 'integer':
    case 'number': {
      // zod's int() sets the safe-integer range, which is no limit worth showing.
      const min = [node.minimum, node.exclusiveMinimum].find((m) => m !== undefined && m > Number.MIN_SAFE_INTEGER);
      return {
        widget: 'number',
        value_type: node.type === 'integer' ? 'int' : 'float',
        ...(min === undefined ? {} : { min }),
      };
    }
    default:
      return stringField(node, key, ctx);
  }
}

/** The fields of one object schema, in the schema's order. */
export function objectFields(node: JsonSchema, ctx: Context): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, child]) => {
    const doc = ctx.block ? ctx.docs[ctx.block]?.[key]?.doc : undefined;
    const hint = ctx.block && doc ? ctx.wording.hint(ctx.block, key, doc) : undefined;
    return {
      name: key,
      label: ctx.wording.label(key),
      ...widgetFor(child, key, ctx),
      required: required.has(key) && child.default === undefined,
      ...(child.default !== undefined ? { default: child.default } : {}),
      ...(hint ? { hint } : {}),
    } as CmsField;
  });
}
