// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentCheck, withValidContent } from './src/integrations/content-check.ts';
import { cspHashes } from './src/integrations/csp.ts';
import { functionAdapter } from './src/integrations/function-adapter.ts';
import { outreach } from './src/integrations/outreach.ts';
import { designTokens } from './src/integrations/design-tokens.ts';
import { interestRouting } from './src/integrations/interest-routing.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { translationReport } from './src/integrations/translation-report.ts';
import { webEditor } from './src/integrations/web-editor.ts';

// Netlify sets URL to the site's main address during its builds.
const site = process.env.SITE_URL ?? process.env.URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  output: 'static',
  // Pages are built; the form's answers, the confirmation and not-found pages are rendered on demand
  // by functions/site.ts from the server build this adapter makes.
  adapter: functionAdapter(),
  session: false,
  // Inside the project, not node_modules/, so parallel checkouts and content trees never share a cache.
  cacheDir: './.cache/astro',
  // Pages are written as folders (/fi/koulutukset/); 'ignore' lets the API keep its address without a slash.
  trailingSlash: 'ignore',
  build: {
    format: 'directory',
    // A few pages at once: while one page's file is being written, the next renders (about 8 % off a
    // build of 4,000 pages on a slow disk). Pages share no state that rendering changes.
    concurrency: 3,
    // External stylesheets only, so the Content-Security-Policy needs no 'unsafe-inline'.
    inlineStylesheets: 'never',
  },
  // contentCheck first: a build with a content mistake stops there with plain sentences.
  integrations: [
    contentCheck(),
    designTokens(),
    mdx(),
    react(),
    withValidContent(interestRouting()),
    translationReport(),
    webEditor(),
    outreach(),
    pagefind(),
    cspHashes(),
  ],
});
