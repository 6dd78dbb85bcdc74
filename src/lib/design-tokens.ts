/**
 * The Suomi.fi design tokens as CSS custom properties (`--fi-color-brand-base`,
 * `--fi-spacing-m`, `--fi-text-heading1-size`…), so the site's own variables in
 * global.css can build on the values the public-sector design system uses.
 * Pure: takes the package's raw values, returns a stylesheet.
 */
import type { RawDesignTokens } from 'suomifi-design-tokens';

interface ValueUnit {
  value: number | string;
  unit?: string | null;
}

/** The package's interfaces have no index signatures; their entries are read with the value type. */
const entries = <T>(group: object) => Object.entries(group) as Array<[string, T]>;

/** brandBase → brand-base, heading1SmallScreen → heading1-small-screen (the package's SCSS names). */
export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

const size = (v: ValueUnit) => `${v.value}${v.unit ?? ''}`;

/**
 * Custom properties for colours, spacing, radii, shadows and type sizes. Font families are
 * left out on purpose: the site uses the reader's system fonts and loads none.
 */
export function tokenCss(values: RawDesignTokens): string {
  const lines: string[] = [];
  for (const [name, c] of entries<{ hsl: string }>(values.colors)) lines.push(`--fi-color-${kebab(name)}: ${c.hsl};`);
  for (const [name, v] of entries<ValueUnit>(values.spacing)) lines.push(`--fi-spacing-${kebab(name)}: ${size(v)};`);
  for (const [name, v] of entries<ValueUnit>(values.radiuses)) lines.push(`--fi-radius-${kebab(name)}: ${size(v)};`);
  for (const [name, v] of entries<{ value: string }>(values.shadows))
    lines.push(`--fi-shadow-${kebab(name)}: ${v.value};`);
  for (const [name, t] of entries<{ fontSize: ValueUnit; lineHeight: ValueUnit; fontWeight: number }>(
    values.typography,
  )) {
    const key = kebab(name);
    lines.push(`--fi-text-${key}-size: ${size(t.fontSize)};`);
    lines.push(`--fi-text-${key}-line-height: ${size(t.lineHeight)};`);
    lines.push(`--fi-text-${key}-weight: ${t.fontWeight};`);
  }
  return `/* Suomi.fi design tokens (suomifi-design-tokens), generated at build. */\n:root {\n${lines.map((l) => `  ${l}`).join('\n')}\n}\n`;
}
