/**
 * Astro loaders over the one content reader (src/lib/content-files.ts).
 *
 * `catalogLoader` stores the whole checked catalog, and the mistakes found, as
 * one entry: pages read facts and texts from it, and show the mistakes instead
 * of a stale page (src/data/catalog.ts). It never throws, so `astro dev` starts
 * with a broken file and picks up the fix without a restart.
 *
 * `bodyLoader` keeps Astro's glob loader for what only Astro can do: render
 * Markdown and MDX bodies. Its frontmatter is not validated here (the reader
 * does that with line numbers), and a frontmatter it cannot parse leaves an
 * empty entry instead of stopping the content sync.
 */
import { resolve, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { locales } from '../i18n/locales.ts';
import { checkContentDir, checkContentDirForIntegrations } from '../lib/content-files.ts';
import type { DocumentKind } from './schemas.ts';

export function catalogLoader(dir: string): Loader {
  const root = resolve(dir);
  return {
    name: 'polku-catalog',
    load: async ({ store, watcher, logger, generateDigest }) => {
      // A build's one sync takes the read the content check made at its start; dev reads each change.
      const sync = (first = false) => {
        const checked = first && !watcher ? checkContentDirForIntegrations(root) : checkContentDir(root);
        const data = { ...checked, dir: root };
        store.set({ id: 'catalog', data, digest: generateDigest(JSON.stringify(data)) });
        if (checked.problems.length)
          logger.warn(`Sisällössä on virhe (${checked.problems.length}); esikatselu näyttää sen.`);
      };
      sync(true);
      if (!watcher) return;
      watcher.add(root);
      // Read once the changes settle: a file being written can be seen empty or half-written at the
      // first event, and when no later event follows, that half would stay shown as the mistake.
      let pending: ReturnType<typeof setTimeout> | undefined;
      const onChange = (path: string) => {
        if (path !== root && !path.startsWith(root + sep)) return;
        clearTimeout(pending);
        pending = setTimeout(() => sync(), settleMs);
      };
      for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) watcher.on(event, onChange);
    },
  };
}

/** How long the content folder stays unchanged before the dev server reads it again. */
const settleMs = 100;

type EntryType = { getEntryInfo(args: unknown): Promise<Record<string, unknown>> };

/** Entry types whose frontmatter errors leave an empty entry; the reader reports them. */
function tolerant(entryTypes: Map<string, EntryType>): Map<string, EntryType> {
  return new Map(
    [...entryTypes].map(([ext, type]) => [
      ext,
      Object.assign(Object.create(type) as EntryType, {
        getEntryInfo: async (args: unknown) => {
          try {
            return await type.getEntryInfo(args);
          } catch {
            return { data: {}, body: '', rawData: '', slug: '' };
          }
        },
      }),
    ]),
  );
}

/** fi.md, sv.mdx… of each folder, with ids like "kohti-tyota/sv", for rendering bodies. */
export function bodyLoader(dir: string, kind: DocumentKind): Loader {
  const inner = glob({
    pattern: `*/{${locales.join(',')}}.{md,mdx}`,
    base: `${dir}/${kind}`,
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  });
  return {
    name: 'polku-bodies',
    load: (context) => {
      const types = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
      return inner.load({ ...context, entryTypes: tolerant(types) } as LoaderContext);
    },
  };
}
