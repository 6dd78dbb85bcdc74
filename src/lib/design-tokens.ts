/**
 * The Suomi.fi design tokens as CSS custom properties (`--fi-color-brand-base`,
 * `--fi-spacing-m`, `--fi-text-heading1-size`…), so the site's own variables in
 * global.css can build on the values the public-sector design system uses.
 * Pure: takes the package's raw values, returns a stylesheet.
 */

interface ValueUnit {
  value: number | string;
  unit?: string | null;
}
interface TypographyToken {
  fontSize: ValueUnit;
  lineHeight: ValueUnit;
  fontWeight: number;
}
export interface TokenValues {
  colors: Record<string, { hsl: string }>;
  spacing: Record<string, ValueUnit>;
  radiuses: Record<string, ValueUnit>;
  typography: Record<string, TypographyToken>;
  breakpoints: Record<string, ValueUnit>;
  shadows: Record<string, { value: string }>;
}

/** brandBase → brand-base, heading1SmallScreen → heading1-small-screen (the package's SCSS names). */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

const size = (v: ValueUnit) => `${v.value}${v.unit ?? ''}`;

/**
 * Custom properties for colours, spacing, radii, shadows and type sizes. Font families are
 * left out on purpose: the site uses the reader's system fonts and loads none.
 */
export function tokenCss(values: TokenValues): string {
  const lines: string[] = [];
  for (const [name, c] of Object.entries(values.colors)) lines.push(`--fi-color-${kebab(name)}: ${c.hsl};`);
  for (const [name, v] of Object.entries(values.spacing)) lines.push(`--fi-spacing-${kebab(name)}: ${size(v)};`);
  for (const [name, v] of Object.entries(values.radiuses)) lines.push(`--fi-radius-${kebab(name)}: ${size(v)};`);
  for (const [name, v] of Object.entries(values.shadows)) lines.push(`--fi-shadow-${kebab(name)}: ${v.value};`);
  for (const [name, t] of Object.entries(values.typography)) {
    const key = kebab(name);
    lines.push(`--fi-text-${key}-size: ${size(t.fontSize)};`);
    lines.push(`--fi-text-${key}-line-height: ${size(t.lineHeight)};`);
    lines.push(`--fi-text-${key}-weight: ${t.fontWeight};`);
  }
  return `/* Suomi.fi design tokens (suomifi-design-tokens), generated at build. */\n:root {\n${lines.map((l) => `  ${l}`).join('\n')}\n}\n`;
}
