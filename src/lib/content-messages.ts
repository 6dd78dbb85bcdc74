/**
 * Plain Finnish sentences for content mistakes: what is wrong and what to
 * write instead. Editors read these in the dev preview and in build logs,
 * so they name fields as they are written in the file and never speak of
 * schemas, types or stack frames.
 */
import leven from 'leven';
import type { z } from 'zod';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };
const defOf = (schema: Schema) => schema._zod.def as unknown as Def;

/** The part of a schema that describes the value at `path`, if it can be found. */
export function schemaAt(schema: Schema, path: ReadonlyArray<PropertyKey>): Schema | undefined {
  const def = defOf(schema);
  if (def.type === 'pipe') return schemaAt(def['out'] as Schema, path);
  if (['optional', 'default', 'nullable', 'prefault'].includes(def.type))
    return schemaAt(def['innerType'] as Schema, path);
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

const formatHints: Record<string, string> = {
  date: 'päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2027-02-01',
  datetime: 'aika muodossa VVVV-KK-PPTHH:MM, esimerkiksi 2027-01-20T14:00',
  email: 'sähköpostiosoite, esimerkiksi neuvonta@oppilaitos.example',
  url: 'verkko-osoite, joka alkaa https://',
};

/** "what to write" for a schema: "yksi näistä: contact, online, blended". */
export function describe(schema: Schema): string {
  const def = defOf(schema);
  switch (def.type) {
    case 'pipe':
      return describe(def['out'] as Schema);
    case 'optional':
    case 'default':
    case 'nullable':
    case 'prefault':
      return describe(def['innerType'] as Schema);
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
      const element = defOf(def['element'] as Schema);
      const what = element.type === 'enum' ? describe(def['element'] as Schema) : 'tunnus';
      return `lista hakasulkeissa, esimerkiksi [a, b], jossa jokainen on ${what}`;
    }
    case 'object':
      return `kentät ${Object.keys(def['shape'] as object).join(', ')}`;
    case 'string': {
      if (typeof def['format'] === 'string' && formatHints[def['format']]) return formatHints[def['format']]!;
      const checks = (def['checks'] as Schema[] | undefined) ?? [];
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

/** " Tarkoititko keuda?" or, when nothing is close, the list to choose from. */
export function suggestion(word: string, known: readonly string[]): string {
  const close = nearest(word, known);
  if (close.length) return ` Tarkoititko ${close.join(' tai ')}?`;
  return known.length <= 12 ? ` Kirjoita jokin näistä: ${[...known].sort().join(', ')}.` : '';
}

const quote = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/**
 * One sentence (or two) for one zod issue. `present` says whether the field was
 * written at all, so a missing field reads as missing and not as a wrong value.
 */
export function issueMessage(issue: z.core.$ZodIssue, schema: Schema, present: boolean): string {
  const field = String(issue.path.at(-1) ?? '');
  const part = schemaAt(schema, issue.path);
  const write = part ? describe(part) : undefined;
  if (!present && issue.code !== 'unrecognized_keys')
    return `Kenttä ${field} puuttuu. Lisää rivi ${field}: ja kirjoita kaksoispisteen perään ${write ?? 'arvo'}.`;
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = Object.keys((part && (defOf(part)['shape'] as object)) ?? {});
      return issue.keys
        .map((key) => `Kenttää ${key} ei tunneta.${suggestion(key, known)}`)
        .join(' ')
        .trim();
    }
    case 'invalid_format':
      return `Arvo ${quote(input)} ei kelpaa. Kirjoita ${
        issue.format in formatHints ? formatHints[issue.format] : issue.message
      }.`;
    case 'too_small':
      if (issue.origin === 'array') return `Lista on tyhjä. Lisää vähintään ${String(issue.minimum)}.`;
      if (issue.origin === 'string')
        return `Teksti on liian lyhyt (${String(input ?? '').length} merkkiä). Kirjoita ${write ?? `vähintään ${String(issue.minimum)} merkkiä`}.`;
      return `Luku on liian pieni. Kirjoita vähintään ${String(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'string')
        return `Teksti on liian pitkä (${String(input ?? '').length} merkkiä). Kirjoita ${write ?? `enintään ${String(issue.maximum)} merkkiä`}.`;
      return `Arvo on liian suuri. Kirjoita enintään ${String(issue.maximum)}.`;
    case 'custom':
      return issue.message;
    default: {
      // A schema's own hint (e.g. the postal code's) says more than the type does.
      const own = issue.code === 'invalid_type' && !/^Invalid input/.test(issue.message) ? issue.message : undefined;
      return `Arvo ${quote(input)} ei kelpaa. Kirjoita ${own ?? write ?? 'toisenlainen arvo'}.`;
    }
  }
}
