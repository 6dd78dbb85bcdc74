import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContentDir } from '../../src/lib/content-files.ts';
import { buildRoutingTable, formOptions, resolveDestination } from '../../src/lib/interest/routing.ts';

const trees = ['tests/fixtures/content', 'content'].filter(
  (dir) => existsSync(`${dir}/regions`) && readdirSync(`${dir}/regions`).length > 0,
);

describe.each(trees)('routing of %s', (dir) => {
  const table = buildRoutingTable(loadContentDir(dir));

  it('has municipalities, institutions and trainings', () => {
    expect(Object.keys(table.municipalities).length).toBeGreaterThan(0);
    expect(Object.keys(table.trainings).length).toBeGreaterThan(0);
  });

  it("sends every training, in each of its municipalities, to its institution's intake for that municipality", () => {
    for (const [training, t] of Object.entries(table.trainings)) {
      for (const municipality of t.municipalities) {
        const to = resolveDestination(table, { municipality, training });
        expect(to, `${training} in ${municipality}`).toMatchObject({ institution: t.institution, covered: true });
        expect(to!.email).toMatch(/@/);
      }
    }
  });

  it('sends every service to its institution', () => {
    for (const [service, s] of Object.entries(table.services)) {
      for (const municipality of s.municipalities) {
        expect(resolveDestination(table, { municipality, service }), `${service} in ${municipality}`).toMatchObject({
          institution: s.institution,
          covered: true,
        });
      }
    }
  });

  it("sends a general request from every municipality to its guidance institution's intake", () => {
    for (const [id, m] of Object.entries(table.municipalities)) {
      const to = resolveDestination(table, { municipality: id });
      expect(to, id).toMatchObject({ institution: m.guidance, covered: true });
      expect(to!.staffLanguage).toMatch(/^(fi|sv)$/);
    }
  });

  it('gives the form every municipality once, grouped by region, in both languages', () => {
    for (const locale of ['fi', 'sv'] as const) {
      const options = formOptions(table, locale);
      const ids = options.municipalityGroups.flatMap((g) => g.options.map((o) => o.id));
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.sort()).toEqual(Object.keys(table.municipalities).sort());
    }
  });

  it('names, for the institution preset, exactly the institutions that run a listed training or service', () => {
    for (const locale of ['fi', 'sv'] as const) {
      const options = formOptions(table, locale);
      const running = new Set([...options.trainings, ...options.services].map((o) => o.institution));
      expect(options.institutions.map((o) => o.id).sort()).toEqual([...running].sort());
      for (const o of options.institutions)
        expect(o.label).toBe(table.institutions[o.id]!.name[locale] ?? table.institutions[o.id]!.name.fi);
    }
  });
});

it("falls back to the institution's first intake when a training is chosen with another municipality", () => {
  const table = buildRoutingTable(loadContentDir('tests/fixtures/content'));
  const [training, t] = Object.entries(table.trainings)[0]!;
  const other = Object.keys(table.municipalities).find(
    (m) => !table.institutions[t.institution]!.intake.some((c) => c.municipalities.includes(m)),
  );
  if (!other) return;
  expect(resolveDestination(table, { municipality: other, training })).toMatchObject({
    institution: t.institution,
    covered: false,
  });
});
