// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { cspHashes } from './src/integrations/csp.ts';
import { designTokens } from './src/integrations/design-tokens.ts';
import { interestRouting } from './src/integrations/interest-routing.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { translationReport } from './src/integrations/translation-report.ts';

// Netlify sets URL to the site's main address during its builds.
const site = process.env.SITE_URL ?? process.env.URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  // Inside the project, not node_modules/, so parallel checkouts and content trees never share a cache.
  cacheDir: './.cache/astro',
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // External stylesheets only, so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  integrations: [designTokens(), mdx(), react(), interestRouting(), translationReport(), pagefind(), cspHashes()],
});
