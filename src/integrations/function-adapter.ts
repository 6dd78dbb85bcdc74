/**
 * A small Astro adapter for a mostly static site: pages are built to dist/,
 * and the few pages rendered on demand (the form's answers, the confirmation
 * and not-found pages) are compiled by Astro, with the same components and
 * styles as the built pages, into .netlify/server/entry.mjs. The plain
 * Netlify Function functions/site.ts imports it, and Netlify bundles it with
 * esbuild like any function. Unlike @astrojs/netlify, it adds no catch-all
 * function (so _redirects keep working for every address) and no dependency
 * tracing step to each build.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { separateBuildOutput } from '../lib/content-files.ts';

/**
 * Astro's own prerenderer, rendering each page to one string as it does for a site without
 * on-demand pages. With any on-demand page Astro streams prerendered pages too (its build
 * environment streams when the manifest is `serverLike`), though a build only ever writes them
 * whole: streaming 4,000 pages cost about a sixth more prerendering time. Should Astro's app
 * no longer have `resolveStreaming`, pages are prerendered as Astro chooses; the built files are
 * the same either way.
 */
export function wholePagePrerenderer(fallback: AstroPrerenderer): AstroPrerenderer {
  return {
    ...fallback,
    name: 'polku:whole-pages',
    async setup() {
      await fallback.setup?.();
      const app = (fallback as { app?: { resolveStreaming?: () => boolean | undefined } }).app;
      if (typeof app?.resolveStreaming === 'function') app.resolveStreaming = () => false;
    },
  };
}

export function functionAdapter(): AstroIntegration {
  let server: URL;
  let root: URL;
  let command = 'build';
  return {
    name: 'polku:function-adapter',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, command: current }) => {
        command = current;
        root = config.root;
        // functions/site.ts imports the site's own server build; a build of another content tree (a test, a
        // benchmark) writes its own beside it, inside the project so its chunks still find node_modules.
        const folder = separateBuildOutput() ? 'server-other-content' : 'server';
        server = new URL(`./.netlify/${folder}/`, config.root);
        updateConfig({ build: { client: config.outDir, server } });
      },
      'astro:server:setup': async ({ server }) => {
        // `npm run dev` runs the form too: Netlify's local Blobs server in .data/, mail to the local outbox.
        // Only for the dev server: a build may start a server of its own, and must not be kept alive.
        if (command !== 'dev') return;
        // Loaded here, not at the top: Netlify's Blobs server takes about 0.1 s to load, which a build never needs.
        const { startLocalBlobs } = await import('../../scripts/local-blobs.ts');
        const blobs = await startLocalBlobs(fileURLToPath(new URL('./.data/blobs/', root)));
        server.httpServer?.once('close', () => void blobs.stop());
      },
      'astro:build:start': ({ setPrerenderer }) => {
        // Chunks get new hashed names in every build, and Astro keeps this folder: without this, old ones pile up.
        rmSync(server, { recursive: true, force: true });
        setPrerenderer(wholePagePrerenderer);
      },
      // An adapter that sets a prerenderer names the prerender entry itself: Astro's own, as its prerenderer is kept.
      'astro:build:setup': ({ vite, target }) => {
        const prerender = vite.environments?.['prerender']?.build?.rolldownOptions;
        if (target === 'server' && prerender) prerender.input ??= 'astro/entrypoints/prerender';
      },
      'astro:build:done': () => {
        // Types for the function's import of the built entry: those of its source.
        writeFileSync(
          new URL('entry.d.mts', server),
          "export declare const render: typeof import('../../src/server/entry.ts').render;\n",
        );
      },
      'astro:config:done': ({ setAdapter }) => {
        setAdapter({
          name: 'polku:function-adapter',
          entrypointResolution: 'auto',
          serverEntrypoint: new URL('../server/entry.ts', import.meta.url),
          adapterFeatures: { preserveBuildServerDir: true },
          supportedAstroFeatures: {
            staticOutput: 'stable',
            hybridOutput: 'stable',
            // Dev renders every page on request; in production only the paths of functions/site.ts are.
            serverOutput: 'stable',
            sharpImageService: 'stable',
          },
        });
      },
    },
  };
}
