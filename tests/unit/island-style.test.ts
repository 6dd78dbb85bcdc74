import { describe, expect, it } from 'vitest';
import { ISLAND_STYLE, hoistIslandStyle } from '../../src/lib/island-style.ts';

describe('hoistIslandStyle', () => {
  it("moves Astro's island style from the body to the end of the head", () => {
    const page = `<html><head><title>T</title></head><body><p>x</p>${ISLAND_STYLE}<astro-island></astro-island></body></html>`;
    expect(hoistIslandStyle(page)).toBe(
      `<html><head><title>T</title>${ISLAND_STYLE}</head><body><p>x</p><astro-island></astro-island></body></html>`,
    );
  });

  it('leaves pages without it, or with it already in the head, as they are', () => {
    const plain = '<html><head></head><body><p>x</p></body></html>';
    const done = `<html><head>${ISLAND_STYLE}</head><body></body></html>`;
    expect(hoistIslandStyle(plain)).toBe(plain);
    expect(hoistIslandStyle(done)).toBe(done);
  });
});
