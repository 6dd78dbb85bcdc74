/**
 * The web editor at /admin/: Sveltia CMS served from the site itself. The
 * build copies the pinned npm package's bundle and the three fonts it uses
 * (from npm, so nothing loads from another origin) into dist/admin/ and
 * writes config.yml, generated from src/content/schemas.ts and the content
 * tree. `astro dev` serves the same files, with the configuration made anew
 * on every request.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse, stringify } from 'yaml';
import { documentKinds, type DocumentKind } from '../content/schemas.ts';
import { defaultLocale } from '../i18n/locales.ts';
import { cmsConfig } from '../lib/cms/config.ts';
import { schemaDocs } from '../lib/cms/schema-docs.ts';
import { cmsWording, collectionLabel } from '../lib/cms/wording.ts';

/** Files served under /admin/, by name, and where each comes from (a path in the project). */
const copied: Record<string, string> = {
  'sveltia-cms.js': 'node_modules/@sveltia/cms/dist/sveltia-cms.js',
  'package.json': 'node_modules/@sveltia/cms/package.json',
  'locales/fi.json': 'node_modules/@sveltia/cms/locales/fi.json',
  'locales/sv.json': 'node_modules/@sveltia/cms/locales/sv.json',
  // Loaded by the bundle only for custom preview templates; served so it never falls back to a CDN.
  'chunks/react-dom.js': 'node_modules/@sveltia/cms/dist/chunks/react-dom.js',
  'fonts/source-sans-3.woff2':
    'node_modules/@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'fonts/noto-mono.woff2': 'node_modules/@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  'fonts/material-symbols-outlined.woff2':
    'node_modules/@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};

/*
 * The bundle fetches its Finnish and Swedish UI strings, and its own package.json (a check for a newer
 * version), from a public CDN. This runs first and answers those requests with the copies served
 * here; any other request to another origin except GitHub's API is refused before it leaves.
 */
const shimJs = `(() => {
  const cdn = /^https:\\/\\/unpkg\\.com\\/@sveltia\\/cms(?:@[^/]+)?\\/(package\\.json|locales\\/(?:fi|sv)\\.json)$/;
  const allowed = [location.origin, 'https://api.github.com'];
  const base = new URL('.', document.currentScript.src).href;
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const local = cdn.exec(url.href);
    if (local) return original(base + local[1], init);
    if (/^(data|blob):/.test(url.protocol) || allowed.includes(url.origin)) return original(input, init);
    return Promise.reject(new TypeError('Polku: requests to ' + url.origin + ' are not allowed.'));
  };
  // The fonts: each <style> the bundle injects has its @font-face URLs pointed here before layout.
  const fonts = /https:\\/\\/cdn\\.jsdelivr\\.net\\/fontsource\\/fonts\\/([a-z0-9-]+)[^)]*?\\.woff2/g;
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof HTMLStyleElement && fonts.test(node.textContent))
          node.textContent = node.textContent.replace(fonts, base + 'fonts/$1.woff2');
  }).observe(document.head, { childList: true });
})();
`;

const indexHtml = `<!DOCTYPE html>
<html lang="${defaultLocale}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>Polku – sisällön muokkaus / redigering av innehåll</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
  </head>
  <body>
    <script src="shim.js"></script>
    <script src="sveltia-cms.js"></script>
  </body>
</html>
`;

/** owner/name of the GitHub repository: CMS_GITHUB_REPO, or Netlify's REPOSITORY_URL during its builds. */
function repository(): string {
  const fromNetlify = /github\.com[/:]([^/]+\/[^/.]+)/.exec(process.env['REPOSITORY_URL'] ?? '')?.[1];
  return process.env['CMS_GITHUB_REPO'] ?? fromNetlify ?? 'polku/polku';
}

const frontmatterTitle = (file: string) => {
  const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
  const data = m ? (parse(m[1]!) as { title?: unknown } | null) : null;
  return typeof data?.title === 'string' ? data.title : undefined;
};

/** config.yml for the project at `root`: the schemas' fields and the content folders that exist now. */
export function editorConfig(root: string): string {
  const read = (path: string) => readFileSync(join(root, path), 'utf8');
  const folders = {} as Record<DocumentKind, string[]>;
  const titles: Record<string, string> = {};
  for (const kind of Object.keys(documentKinds) as DocumentKind[]) {
    const dir = join(root, 'content', kind);
    folders[kind] = existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .filter((e) => e.isDirectory())
          .map((e) => e.name)
          .sort()
      : [];
    for (const folder of folders[kind]) {
      const text = join(dir, folder, `${defaultLocale}.md`);
      const title = existsSync(text) ? frontmatterTitle(text) : undefined;
      if (title) titles[`${kind}/${folder}`] = title;
    }
  }
  const config = cmsConfig({
    docs: schemaDocs(read('src/content/schemas.ts')),
    wording: cmsWording(JSON.parse(read('src/i18n/ui/fi.json')), JSON.parse(read('src/i18n/ui/sv.json'))),
    collectionLabel,
    folders,
    titles,
    repo: repository(),
    branch: process.env['CMS_GITHUB_BRANCH'] ?? 'main',
  });
  return `# Generated at build time from src/content/schemas.ts (src/integrations/web-editor.ts); do not edit.\n${stringify(config, { aliasDuplicateObjects: false })}`;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

export function webEditor(): AstroIntegration {
  let root = '';
  return {
    name: 'polku:web-editor',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        root = fileURLToPath(config.root);
        // A Vite plugin's own middleware runs before Astro's page routing, which would answer 404.
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'polku:web-editor-dev',
                configureServer(server) {
                  server.middlewares.use('/admin', (req, res, next) => {
                    const name = (req.url ?? '/').split('?')[0]!.replace(/^\//, '') || 'index.html';
                    const body =
                      name === 'index.html'
                        ? indexHtml
                        : name === 'config.yml'
                          ? editorConfig(root)
                          : name === 'shim.js'
                            ? shimJs
                            : copied[name] && readFileSync(join(root, copied[name]));
                    if (!body) return next();
                    res.setHeader(
                      'Content-Type',
                      types[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream',
                    );
                    res.end(body);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = join(fileURLToPath(dir), 'admin');
        mkdirSync(join(out, 'fonts'), { recursive: true });
        mkdirSync(join(out, 'chunks'), { recursive: true });
        mkdirSync(join(out, 'locales'), { recursive: true });
        writeFileSync(join(out, 'shim.js'), shimJs);
        for (const [name, from] of Object.entries(copied)) copyFileSync(join(root, from), join(out, name));
        writeFileSync(join(out, 'index.html'), indexHtml);
        writeFileSync(join(out, 'config.yml'), editorConfig(root));
        logger.info('Web editor written to /admin/.');
      },
    },
  };
}
