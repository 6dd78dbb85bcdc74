/**
 * The doc comments of src/content/schemas.ts, per schema and property, so the
 * web editor can show them as hints without the schemas repeating them in
 * `.describe()` calls. Reads the source text: a `/** … *\/` comment directly
 * above `key:` (or `key,`) inside `const name = …` belongs to that property.
 * A property whose value names another schema constant (e.g. `contact,` or
 * `z.array(intakeChannel)`) points to it, so nested objects find their hints.
 */

export interface PropertyDoc {
  doc?: string;
  /** The schema constant the property's value is built from, if any. */
  ref?: string;
}
export type SchemaDocs = Record<string, Record<string, PropertyDoc>>;

const clean = (comment: string) =>
  comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');

export function schemaDocs(source: string): SchemaDocs {
  const blocks = [...source.matchAll(/^(?:export )?const (\w+)\s*=/gm)];
  const names = new Set(blocks.map((b) => b[1]!));
  const docs: SchemaDocs = {};
  blocks.forEach((block, i) => {
    const body = source.slice(block.index, blocks[i + 1]?.index ?? source.length);
    const props: Record<string, PropertyDoc> = {};
    for (const m of body.matchAll(/(\/\*\*[\s\S]*?\*\/)\s*\n\s*(\w+)\s*([:,])([^\n]*)/g)) {
      const [, comment = '', key = '', sep, line = ''] = m;
      // A value that opens on this line and goes on (a union over several lines) is read up to the next comment.
      const after = body.slice(m.index + m[0].length);
      const next = after.indexOf('/**');
      const rest = /[([{]\s*$/.test(line) ? line + after.slice(0, next < 0 ? undefined : next) : line;
      const ref = sep === ',' ? key : [...rest.matchAll(/\b(\w+)\b/g)].map((w) => w[1]!).find((w) => names.has(w));
      props[key] = { doc: clean(comment), ...(ref && names.has(ref) ? { ref } : {}) };
    }
    docs[block[1]!] = props;
  });
  return docs;
}
