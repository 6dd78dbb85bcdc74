import { afterEach, describe, expect, it } from 'vitest';
import {
  pageKey,
  prerenderedPage,
  stopWatchingPrerenderedPages,
  watchingPrerenderedPages,
  watchPrerenderedPagesForIntegrations,
} from '../../src/lib/prerendered.ts';

describe('pages seen as they are prerendered', () => {
  afterEach(() => {
    stopWatchingPrerenderedPages('a');
    stopWatchingPrerenderedPages('b');
  });

  it('passes a page through untouched when nothing watches (the dev server, the function)', () => {
    expect(watchingPrerenderedPages()).toBe(false);
    expect(prerenderedPage('/fi/', '<p>x</p>')).toBe('<p>x</p>');
  });

  it('gives each watcher the page as the one before left it, and writes what the last returns', () => {
    const seen: string[] = [];
    watchPrerenderedPagesForIntegrations('a', (path, html) => {
      seen.push(`a ${path} ${html}`);
      return html.replace('x', 'y');
    });
    watchPrerenderedPagesForIntegrations('b', (path, html) => void seen.push(`b ${path} ${html}`));
    expect(watchingPrerenderedPages()).toBe(true);
    expect(prerenderedPage('/fi/', '<p>x</p>')).toBe('<p>y</p>');
    expect(seen).toEqual(['a /fi/ <p>x</p>', 'b /fi/ <p>y</p>']);
    stopWatchingPrerenderedPages('a');
    expect(prerenderedPage('/sv/', '<p>x</p>')).toBe('<p>x</p>');
  });

  it('names a page the same from its address and from its file in dist/', () => {
    for (const [address, file] of [
      ['/', 'index.html'],
      ['/fi/koulutukset/', 'fi/koulutukset/index.html'],
      ['/fi/koulutukset', 'fi/koulutukset/index.html'],
      ['/404', '404.html'],
      ['/admin/', 'admin/index.html'],
    ] as const) {
      expect(pageKey(address)).toBe(pageKey(file));
    }
    expect(pageKey('/fi/koulutukset/')).not.toBe(pageKey('fi/index.html'));
  });
});
