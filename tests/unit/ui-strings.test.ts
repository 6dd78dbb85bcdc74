import { describe, expect, it, vi } from 'vitest';
import fi from '../../src/i18n/ui/fi.json' with { type: 'json' };
import sv from '../../src/i18n/ui/sv.json' with { type: 'json' };
import { hasUiKey, uiStringsSchema, useTranslations } from '../../src/i18n/ui.ts';

describe('UI strings', () => {
  it('Finnish and Swedish have exactly the same keys, none empty', () => {
    expect(uiStringsSchema.safeParse(fi).success).toBe(true);
    expect(uiStringsSchema.safeParse(sv).success).toBe(true);
    expect(Object.keys(sv).sort()).toEqual(Object.keys(fi).sort());
  });

  it('a key missing from the Swedish file fails naming the key', () => {
    const { ['nav.trainings']: _dropped, ...rest } = sv;
    const result = uiStringsSchema.safeParse(rest);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('nav.trainings');
  });

  it('a stray or empty key fails too', () => {
    const result = uiStringsSchema.safeParse({ ...sv, 'nav.unknown': 'x', 'nav.events': '  ' });
    expect(result.success).toBe(false);
    const text = result.error!.issues.map((i) => `${i.path.join('.')} ${i.message} ${JSON.stringify(i)}`).join('\n');
    expect(text).toContain('nav.events');
    expect(text).toContain('nav.unknown');
  });

  it('importing the strings with a Swedish key missing fails naming the language, file and key', async () => {
    const { ['nav.trainings']: _dropped, ...rest } = sv;
    vi.resetModules();
    vi.doMock('../../src/i18n/ui/sv.json', () => ({ default: rest }));
    try {
      await expect(import('../../src/i18n/ui.ts')).rejects.toThrow(
        /UI strings for "sv" \(src\/i18n\/ui\/sv\.json\) are invalid:\n\s+nav\.trainings: /,
      );
    } finally {
      vi.doUnmock('../../src/i18n/ui/sv.json');
      vi.resetModules();
    }
  });

  it('fills placeholders and keeps unknown ones', () => {
    const t = useTranslations('sv');
    const key = Object.keys(sv).find((k) => (sv as Record<string, string>)[k]!.includes('{n}'));
    expect(key).toBeDefined();
    const out = t(key as keyof typeof fi, { n: 7 });
    expect(out).toContain('7');
    expect(out).not.toContain('{n}');
  });

  it('knows which keys exist', () => {
    expect(hasUiKey('nav.trainings')).toBe(true);
    expect(hasUiKey('field.no-such-field')).toBe(false);
  });
});
