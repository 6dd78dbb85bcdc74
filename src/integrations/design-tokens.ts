import type { AstroIntegration } from 'astro';
import { suomifiDesignTokens } from 'suomifi-design-tokens';
import { tokenCss } from '../lib/design-tokens.ts';

/** The stylesheet's import name; the layouts import it before global.css. */
export const tokensModule = 'virtual:polku/suomifi-tokens.css';
// A resolved id ending in .css, so Vite bundles it like any stylesheet (one external file, no inline style).
const resolved = '\0polku-suomifi-tokens.css';

/** Serves the Suomi.fi design tokens as CSS custom properties, computed from the npm package at build. */
export function designTokens(): AstroIntegration {
  return {
    name: 'polku:design-tokens',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'polku:suomifi-tokens',
                resolveId: (id: string) => (id === tokensModule ? resolved : undefined),
                load: (id: string) => (id === resolved ? tokenCss(suomifiDesignTokens.values) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
