import { z } from 'zod';
import fi from './ui/fi.json' with { type: 'json' };
import sv from './ui/sv.json' with { type: 'json' };
import { type Locale, locales } from './locales.ts';

export type UiKey = keyof typeof fi;

/**
 * Finnish is the reference: every other language must have exactly its keys,
 * each a non-empty string. A missing or stray key fails the build (and the
 * tests) with the language and key named.
 */
export const uiStringsSchema = z.strictObject(
  Object.fromEntries(Object.keys(fi).map((key) => [key, z.string().trim().min(1)])) as Record<UiKey, z.ZodString>,
);

const raw: Record<Locale, unknown> = { fi, sv };

function parseStrings(locale: Locale): Record<UiKey, string> {
  const result = uiStringsSchema.safeParse(raw[locale]);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `  ${issue.path.join('.') || issue.message}: ${issue.message}`)
      .join('\n');
    throw new Error(`UI strings for "${locale}" (src/i18n/ui/${locale}.json) are invalid:\n${problems}`);
  }
  return result.data;
}

const strings = Object.fromEntries(locales.map((l) => [l, parseStrings(l)])) as Record<Locale, Record<UiKey, string>>;

export type Translate = (key: UiKey, params?: Record<string, string | number>) => string;

/** Returns the string function for a language; `{name}` placeholders are filled from params. */
export function useTranslations(locale: Locale): Translate {
  const table = strings[locale];
  return (key, params) => {
    const text = table[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** Keys that have a "<key>.one" form for a count of 1. */
export type CountedKey = { [K in UiKey]: `${K}.one` extends UiKey ? K : never }[UiKey];

/**
 * A sentence with a count: the key's ".one" form for 1 (Finnish and Swedish change the noun after
 * one: "1 viikko", "om en minut"), otherwise the key with the count as `{param}`.
 */
export function countText(t: Translate, key: CountedKey, count: number, param = 'n'): string {
  return count === 1 ? t(`${key}.one`) : t(key, { [param]: count });
}

/** For keys built from data (`field.${id}`): undefined instead of a type error when absent. */
export function hasUiKey(key: string): key is UiKey {
  return key in fi;
}
