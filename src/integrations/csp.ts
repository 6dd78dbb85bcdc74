import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { completeHeadersFile, disjointPolicies, inlineSources } from '../lib/csp.ts';
import { hoistIslandStyle } from '../lib/island-style.ts';
import { pageKey, stopWatchingPrerenderedPages, watchPrerenderedPagesForIntegrations } from '../lib/prerendered.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/**
 * Hashes every inline <script> and <style> of the built pages and adds them
 * to the Content-Security-Policy in dist/_headers (copied from
 * public/_headers). One policy for the whole site: the inline blocks Astro
 * emits (island hydration) are the same on every page that has them.
 * On the way it moves Astro's island style into the <head> (see island-style.ts).
 * Prerendered pages are seen as they render (src/lib/prerendered.ts); any
 * other HTML file in dist/ is read after the build.
 */
export function cspHashes(): AstroIntegration {
  const name = 'polku:csp-hashes';
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const problems: string[] = [];
  const seen = new Set<string>();
  /** The page with its island style in the <head>; its inline sources are noted. */
  const see = (where: string, original: string): string => {
    const html = hoistIslandStyle(original);
    const found = inlineSources(html);
    found.scripts.forEach((s) => scripts.add(s));
    found.styles.forEach((s) => styles.add(s));
    problems.push(...found.problems.map((p) => `${where}: ${p}`));
    return html;
  };
  return {
    name,
    hooks: {
      'astro:build:start': () => {
        for (const set of [scripts, styles, seen]) set.clear();
        problems.length = 0;
        watchPrerenderedPagesForIntegrations(name, (path, html) => {
          seen.add(pageKey(path));
          return see(path, html);
        });
      },
      'astro:build:generated': () => stopWatchingPrerenderedPages(name),
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        for (const file of htmlFiles(dist)) {
          const where = relative(dist, file);
          if (seen.has(pageKey(where))) continue;
          const original = readFileSync(file, 'utf8');
          const html = see(where, original);
          if (html !== original) writeFileSync(file, html);
        }
        const headersFile = join(dist, '_headers');
        let text: string;
        try {
          text = readFileSync(headersFile, 'utf8');
        } catch {
          logger.warn('No _headers in the build: the Content-Security-Policy is missing.');
          return;
        }
        const topLevel = readdirSync(dist, { withFileTypes: true }).map((e) => ({
          name: e.name,
          dir: e.isDirectory(),
        }));
        const completed = completeHeadersFile(text, { scripts: [...scripts], styles: [...styles] });
        writeFileSync(headersFile, disjointPolicies(completed, topLevel));
        logger.info(
          `Content-Security-Policy allows ${scripts.size} inline script(s) and ${styles.size} inline style(s) by hash.`,
        );
        if (problems.length > 0) {
          logger.error(
            `The Content-Security-Policy blocks ${problems.length} inline attribute(s); move them to a stylesheet or script:\n` +
              problems
                .slice(0, 20)
                .map((p) => `  ${p}`)
                .join('\n'),
          );
        }
      },
    },
  };
}
