/**
 * Reads the filter values out of a built Pagefind index: each
 * `pagefind/filter/<lang>_<hash>.pf_filter` is gzip of "pagefind_dcd" and a
 * CBOR array [filter name, [[value, [page numbers]], …]].
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

function decodeCbor(buf: Buffer): unknown {
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = { 24: 1, 25: 2, 26: 4 }[info as 24 | 25 | 26];
    if (!size) throw new Error(`Unsupported CBOR length ${info}`);
    const value = buf.readUIntBE(at, size);
    at += size;
    return value;
  };
  const item = (): unknown => {
    const head = buf[at++]!;
    const major = head >> 5;
    const n = length(head & 31);
    switch (major) {
      case 0:
        return n;
      case 2:
      case 3: {
        const bytes = buf.subarray(at, at + n);
        at += n;
        return major === 3 ? bytes.toString('utf8') : bytes;
      }
      case 4:
        return Array.from({ length: n }, item);
      case 5:
        return Object.fromEntries(Array.from({ length: n }, () => [item(), item()]));
      default:
        throw new Error(`Unsupported CBOR major type ${major}`);
    }
  };
  return item();
}

/** filter name → value → number of pages, for one language of the index in `pagefindDir`. */
export function readFilters(pagefindDir: string, lang: string): Record<string, Record<string, number>> {
  const dir = join(pagefindDir, 'filter');
  const out: Record<string, Record<string, number>> = {};
  for (const file of readdirSync(dir).filter((f) => f.startsWith(`${lang}_`))) {
    const raw = gunzipSync(readFileSync(join(dir, file)));
    const signature = 'pagefind_dcd';
    if (raw.subarray(0, signature.length).toString() !== signature) throw new Error(`${file}: not a Pagefind file`);
    const [name, values] = decodeCbor(raw.subarray(signature.length)) as [string, Array<[string, number[]]>];
    out[name] = Object.fromEntries(values.map(([value, pages]) => [value, pages.length]));
  }
  return out;
}

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** The indexed text of every page of one language: `pagefind/fragment/<lang>_<hash>.pf_fragment` is gzip of "pagefind_dcd" and JSON. */
export function readFragments(pagefindDir: string, lang: string): Fragment[] {
  const dir = join(pagefindDir, 'fragment');
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${lang}_`))
    .map((file) => {
      const raw = gunzipSync(readFileSync(join(dir, file)));
      return JSON.parse(raw.subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
    });
}
