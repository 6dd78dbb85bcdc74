/**
 * Plain Finnish sentences for content mistakes: what is wrong and what to
 * write instead. Editors read these in the dev preview and in build logs,
 * so they name fields as they are written in the file and never speak of
 * schemas, types or stack frames.
 */
import leven from 'leven';
import { z } from 'zod';
import { locales } from '../i18n/locales.ts';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };
const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

const wrappers = new Set(['optional', 'default', 'nullable', 'prefault']);

/** The schema inside its optional, default, nullable and pipe wrappers: what the value itself must be. */
function unwrap(schema: Schema): Schema {
  const def = defOf(schema);
  if (def.type === 'pipe') return unwrap(def['out'] as Schema);
  if (wrappers.has(def.type)) return unwrap(def['innerType'] as Schema);
  return schema;
}

/** What kind of value a schema describes once unwrapped: "object", "array", "enum", "string"… */
const kindOf = (schema: Schema) => defOf(unwrap(schema)).type;

/** The schema of a list's items; undefined for what is not a list. */
const itemsOf = (schema: Schema): Schema | undefined => {
  const def = defOf(unwrap(schema));
  return def.type === 'array' ? (def['element'] as Schema) : undefined;
};

/** The part of a schema that describes the value at `path`, if it can be found. */
export function schemaAt(outer: Schema, path: ReadonlyArray<PropertyKey>): Schema | undefined {
  const schema = unwrap(outer);
  const def = defOf(schema);
  if (path.length === 0) return schema;
  const [head, ...rest] = path;
  if (def.type === 'object') {
    const child = (def['shape'] as Record<string, Schema>)[String(head)];
    return child && schemaAt(child, rest);
  }
  if (def.type === 'array' && typeof head === 'number') return schemaAt(def['element'] as Schema, rest);
  if (def.type === 'union') {
    for (const option of def['options'] as Schema[]) {
      const found = schemaAt(option, path);
      if (found) return found;
    }
  }
  return undefined;
}

/** What an id names, by the schema's `.meta({ refersTo })`, with ids that exist in the sample content. */
const idHints: Record<string, { what: string; examples: [string, string] }> = {
  institution: {
    what: 'oppilaitoksen tunnus eli sen tiedoston nimi ilman .yaml-päätettä kansiossa content/institutions',
    examples: ['keuda', 'careeria'],
  },
  municipality: {
    what: 'kunnan tunnus kansiossa content/regions olevista tiedostoista',
    examples: ['vantaa', 'kerava'],
  },
  training: {
    what: 'koulutuksen tunnus eli sen kansion nimi kansiossa content/trainings',
    examples: ['hoiva-avustaja', 'kaupan-ala-ruotsiksi'],
  },
  service: {
    what: 'palvelun tunnus eli sen kansion nimi kansiossa content/services',
    examples: ['kielituki-porvoo', 'ohjaus-verkossa'],
  },
};
const idHintOf = (schema: Schema) => {
  const refersTo = z.globalRegistry.get(schema as z.ZodType)?.['refersTo'];
  return typeof refersTo === 'string' ? idHints[refersTo] : undefined;
};

/** Text per language ({ fi, sv }), written inline as the sample content does. */
const localizedHint = 'teksti kummallakin kielellä muodossa { fi: suomeksi, sv: ruotsiksi }';
const isLocalized = (keys: string[]) =>
  keys.length > 0 && keys.every((k) => (locales as readonly string[]).includes(k));

/** "a, b ja c". */
const andList = (items: string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ja ${items.at(-1)!}`;

/** Whether an object schema's fixed values (kind: address) are those of `input`. */
const fitsLiterals = (schema: Schema, input: unknown) =>
  Object.entries((defOf(schema)['shape'] as Record<string, Schema> | undefined) ?? {}).every(([key, field]) => {
    const def = defOf(field);
    if (def.type !== 'literal') return true;
    return (def['values'] as unknown[]).includes((input as Record<string, unknown> | undefined)?.[key]);
  });

/**
 * The field names an object may have, in the schema's order. For a union (a venue or an online
 * place) those of the option the written `kind` chooses, or of every option when none fits.
 */
export function fieldsOf(schema: Schema, input?: unknown): string[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'object') return Object.keys(def['shape'] as object);
  if (def.type === 'union') {
    const options = def['options'] as Schema[];
    const chosen = options.filter((o) => defOf(o).type === 'object' && fitsLiterals(o, input));
    return [...new Set((chosen.length === 1 ? chosen : options).flatMap((o) => fieldsOf(o)))];
  }
  return [];
}

/**
 * The lines a missing block of fields needs, for "Lisää rivi contact: ja sen alle …": "rivit name:,
 * phone: ja email:", or for a union "joko rivit kind: address, name: … tai rivit kind: online ja url:".
 * Undefined for what is not a block (a value, or text per language written inline).
 */
function blockLines(schema: Schema): string | undefined {
  const def = defOf(unwrap(schema));
  if (def.type === 'union') {
    const options = (def['options'] as Schema[]).map(blockLines);
    return options.every(Boolean) ? `joko ${options.join(' tai ')}` : undefined;
  }
  if (def.type !== 'object') return undefined;
  const shape = def['shape'] as Record<string, Schema>;
  if (isLocalized(Object.keys(shape))) return undefined;
  const line = (key: string) => {
    const field = defOf(shape[key]!);
    return field.type === 'literal' ? `${key}: ${(field['values'] as unknown[]).join('')}` : `${key}:`;
  };
  const keys = Object.keys(shape);
  return `${keys.length === 1 ? 'rivi' : 'rivit'} ${andList(keys.map(line))}`;
}

const formatHints: Record<string, string> = {
  date: 'päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2027-02-01',
  datetime: 'aika muodossa VVVV-KK-PPTHH:MM, esimerkiksi 2027-01-20T14:00',
  email: 'sähköpostiosoite, esimerkiksi neuvonta@oppilaitos.example',
  url: 'verkko-osoite, joka alkaa https://',
};

/** "what to write" for a schema: "yksi näistä: contact, online, blended". */
export function describe(outer: Schema): string {
  const schema = unwrap(outer);
  const def = defOf(schema);
  switch (def.type) {
    case 'enum':
      return `yksi näistä: ${Object.values(def['entries'] as Record<string, string>).join(', ')}`;
    case 'literal':
      return (def['values'] as unknown[]).join(' tai ');
    case 'union':
      return (def['options'] as Schema[]).map(describe).join(' tai ');
    case 'number':
      return 'luku, esimerkiksi 5';
    case 'boolean':
      return 'true (kyllä) tai false (ei)';
    case 'array': {
      const element = def['element'] as Schema;
      const id = idHintOf(element);
      if (id) return `lista hakasulkeissa, esimerkiksi [${id.examples.join(', ')}], jossa jokainen kohta on ${id.what}`;
      // Blocks of fields are written one under another, each starting with "- ", not in brackets.
      if (kindOf(element) === 'object') return `lista, jossa jokaisella kohdalla on ${describe(element)}`;
      return `lista hakasulkeissa, esimerkiksi [a, b], jossa jokainen kohta on ${describe(element)}`;
    }
    case 'object': {
      const keys = Object.keys(def['shape'] as object);
      return isLocalized(keys) ? localizedHint : `kentät ${andList(keys)}`;
    }
    case 'string': {
      if (typeof def['format'] === 'string' && formatHints[def['format']]) return formatHints[def['format']]!;
      const id = idHintOf(schema);
      if (id) return `${id.what}, esimerkiksi ${id.examples[0]}`;
      const checks = (def['checks'] as Schema[] | undefined) ?? [];
      // A pattern with its own hint (the postal code's) says more than "teksti".
      const pattern = checks
        .map((c) => defOf(c))
        .find((c) => c['format'] === 'regex' && typeof c['error'] === 'function');
      if (pattern) return (pattern['error'] as () => string)();
      const bound = (name: string) => checks.map((c) => defOf(c)).find((c) => c['check'] === name);
      const min = bound('min_length')?.['minimum'] as number | undefined;
      const max = bound('max_length')?.['maximum'] as number | undefined;
      if (min && max) return `teksti, jossa on ${min}–${max} merkkiä`;
      if (min && min > 1) return `teksti, jossa on vähintään ${min} merkkiä`;
      return 'teksti';
    }
    default:
      return 'arvo';
  }
}

/** Up to three known ids closest to a misspelled one ("keudaa" → keuda). */
export function nearest(word: string, known: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(word.length / 3));
  return [...known]
    .map((candidate) => ({ candidate, distance: leven(word, candidate) }))
    .filter((c) => c.distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, 3)
    .map((c) => c.candidate);
}

/** " Tarkoititko keuda?" or, when nothing is close, the list to choose from (nothing when there is none). */
export function suggestion(word: string, known: readonly string[]): string {
  const close = nearest(word, known);
  if (close.length) return ` Tarkoititko ${close.join(' vai ')}?`;
  return known.length > 0 && known.length <= 12 ? ` Kirjoita jokin näistä: ${[...known].sort().join(', ')}.` : '';
}

/** "1 merkki", "12 merkkiä". */
const characters = (n: number) => (n === 1 ? '1 merkki' : `${n} merkkiä`);

const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/**
 * One sentence (or two) for one zod issue. `present` says whether the field was
 * written at all, so a missing field reads as missing and not as a wrong value.
 */
export function issueMessage(issue: z.core.$ZodIssue, schema: Schema, present: boolean): string {
  const field = String(issue.path.at(-1) ?? '');
  const part = schemaAt(schema, issue.path);
  const write = part ? describe(part) : undefined;
  if (!present && issue.code !== 'unrecognized_keys') {
    const block = part && blockLines(part);
    const items = part && itemsOf(part);
    if (items && kindOf(items) === 'object')
      return `Kenttä ${field} puuttuu. Lisää rivi ${field}: ja sen alle lista, jonka jokainen kohta alkaa merkeillä "- " ja jossa on ${describe(items)}.`;
    if (block)
      return `Kenttä ${field} puuttuu. Lisää rivi ${field}: ja sen alle ${block} kahdella välilyönnillä sisennettyinä.`;
    return `Kenttä ${field} puuttuu. Lisää rivi ${field}: ja kirjoita kaksoispisteen perään ${write ?? 'arvo'}.`;
  }
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = part ? fieldsOf(part, input) : [];
      return issue.keys
        .map((key) => `Kenttää ${key} ei tunneta.${suggestion(key, known)}`)
        .join(' ')
        .trim();
    }
    case 'invalid_format':
      return `Arvo ${quote(input)} ei kelpaa. Kirjoita ${
        issue.format in formatHints ? formatHints[issue.format] : issue.message
      }.`;
    case 'too_small': {
      if (issue.origin === 'array') {
        const element = part && itemsOf(part);
        if (!element) return 'Lista on tyhjä. Lisää listaan vähintään yksi kohta.';
        const what = describe(element);
        const kind = kindOf(element);
        if (kind === 'enum') return `Lista on tyhjä. Lisää listaan vähintään ${what}.`;
        if (kind === 'object') return `Lista on tyhjä. Lisää listaan vähintään yksi kohta, jossa on ${what}.`;
        return `Lista on tyhjä. Lisää listaan vähintään yksi kohta: ${what}.`;
      }
      if (issue.origin === 'string')
        return `Teksti on liian lyhyt (${characters(String(input ?? '').length)}). Kirjoita ${write ?? `vähintään ${characters(Number(issue.minimum))}`}.`;
      const min = String(issue.minimum);
      return issue.inclusive
        ? `Luku on liian pieni. Kirjoita vähintään ${min}.`
        : `Luku on liian pieni. Kirjoita luku, joka on suurempi kuin ${min}.`;
    }
    case 'too_big': {
      if (issue.origin === 'string')
        return `Teksti on liian pitkä (${characters(String(input ?? '').length)}). Kirjoita ${write ?? `enintään ${characters(Number(issue.maximum))}`}.`;
      const max = String(issue.maximum);
      return issue.inclusive
        ? `Luku on liian suuri. Kirjoita enintään ${max}.`
        : `Luku on liian suuri. Kirjoita luku, joka on pienempi kuin ${max}.`;
    }
    case 'custom':
      return issue.message;
    default: {
      // A schema's own hint (e.g. the postal code's) says more than the type does.
      const own = issue.code === 'invalid_type' && !/^Invalid input/.test(issue.message) ? issue.message : undefined;
      return `Arvo ${quote(input)} ei kelpaa. Kirjoita ${own ?? write ?? 'toisenlainen arvo'}.`;
    }
  }
}
