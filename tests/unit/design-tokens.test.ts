import { suomifiDesignTokens } from 'suomifi-design-tokens';
import { describe, expect, it } from 'vitest';
import { kebab, tokenCss } from '../../src/lib/design-tokens.ts';

describe('Suomi.fi design tokens as CSS custom properties', () => {
  const css = tokenCss(suomifiDesignTokens.values);

  it('names properties as the package names its SCSS variables', () => {
    expect(kebab('brandBase')).toBe('brand-base');
    expect(kebab('heading1SmallScreen')).toBe('heading1-small-screen');
    expect(kebab('insetXxl')).toBe('inset-xxl');
  });

  it("carries the package's colours, spacing and type sizes", () => {
    expect(css).toContain(`--fi-color-brand-base: ${suomifiDesignTokens.values.colors.brandBase.hsl};`);
    expect(css).toContain('--fi-spacing-m: 20px;');
    expect(css).toContain('--fi-text-heading1-size: 40px;');
    expect(css).toMatch(/^:root \{$/m);
  });

  it('defines every custom property global.css uses', async () => {
    const { readFileSync } = await import('node:fs');
    const used = new Set(
      [...readFileSync('src/styles/global.css', 'utf8').matchAll(/var\((--fi-[a-z0-9-]+)/g)].map((m) => m[1]),
    );
    expect(used.size).toBeGreaterThan(10);
    for (const name of used) expect(css, name).toContain(`${name}:`);
  });
});
