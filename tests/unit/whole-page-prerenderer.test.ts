/**
 * The adapter keeps Astro's own prerenderer but has it render each page whole
 * instead of streaming it. It turns off a hook of Astro's build app, so this
 * also checks, on the installed Astro, that the hook is still there: an Astro
 * update that removes it fails here instead of silently making builds slower.
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { wholePagePrerenderer } from '../../src/integrations/function-adapter.ts';

type BuildAppLike = { resolveStreaming(): boolean | undefined };

/** Astro's build app class, as installed (not part of Astro's public exports). */
async function astroBuildApp(): Promise<{ prototype: BuildAppLike }> {
  const entry = createRequire(import.meta.url).resolve('astro');
  const astroDir = join(dirname(entry), '..');
  const module = (await import(pathToFileURL(join(astroDir, 'dist', 'core', 'build', 'app.js')).href)) as {
    BuildApp: { prototype: BuildAppLike };
  };
  return module.BuildApp;
}

/** Astro's default prerenderer as far as the wrapper sees it: its app appears at setup. */
function defaultPrerendererWith(app: object) {
  const calls: string[] = [];
  const fallback: AstroPrerenderer & { app?: object } = {
    name: 'astro:default',
    async setup() {
      calls.push('setup');
      fallback.app = app;
    },
    async getStaticPaths() {
      calls.push('paths');
      return [];
    },
    async render(request) {
      calls.push(`render ${new URL(request.url).pathname}`);
      return new Response('<p>x</p>');
    },
  };
  return { fallback, calls };
}

describe('prerendering whole pages', () => {
  it("Astro's build app still streams by its own default until told otherwise", async () => {
    const BuildApp = await astroBuildApp();
    expect(typeof BuildApp.prototype.resolveStreaming).toBe('function');
    // The build app leaves the choice to the build environment, which streams for a site with on-demand pages.
    expect(BuildApp.prototype.resolveStreaming.call(Object.create(BuildApp.prototype))).toBeUndefined();
  });

  it("turns streaming off on Astro's own build app after setup, and renders through the default prerenderer", async () => {
    const BuildApp = await astroBuildApp();
    const app = Object.create(BuildApp.prototype) as BuildAppLike;
    const { fallback, calls } = defaultPrerendererWith(app);
    const prerenderer = wholePagePrerenderer(fallback);
    expect(prerenderer.name).toBe('polku:whole-pages');
    await prerenderer.setup!();
    expect(app.resolveStreaming()).toBe(false);
    expect(await prerenderer.getStaticPaths()).toEqual([]);
    const response = (await prerenderer.render(new Request('http://localhost/fi/'), {
      routeData: {} as never,
    })) as Response;
    expect(await response.text()).toBe('<p>x</p>');
    expect(calls).toEqual(['setup', 'paths', 'render /fi/']);
  });

  it('leaves the default as it is when the app has no such hook', async () => {
    const app = {};
    const { fallback } = defaultPrerendererWith(app);
    await wholePagePrerenderer(fallback).setup!();
    expect(app).toEqual({});
  });
});
