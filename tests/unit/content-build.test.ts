/**
 * What an editor sees when `npm run build` meets a broken file: Astro's own
 * error names the file, the field and the reason. One real build of a small
 * broken tree, in its own output and cache folders.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'polku-broken-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('astro build fails naming the file, the field and the reason', { timeout: 120_000 }, () => {
  const content = join(work, 'content');
  cpSync('tests/fixtures/content', content, { recursive: true });
  cpSync('tests/fixtures/broken/unknown-format', content, { recursive: true, filter: (s) => !s.endsWith('.json') });
  const script = `import { build } from 'astro';
await build({ outDir: ${JSON.stringify(join(work, 'dist'))}, cacheDir: ${JSON.stringify(join(work, 'cache'))}, logLevel: 'error' });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, POLKU_CONTENT_DIR: content, POLKU_GENERATED_DIR: join(work, 'generated') },
    encoding: 'utf8',
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).not.toBe(0);
  expect(output).toContain(join(content, 'trainings', 'testi', 'facts.yaml'));
  expect(output).toMatch(/\*\*format\*\*: Invalid option: expected one of "contact"\|"online"\|"blended"/);
});
