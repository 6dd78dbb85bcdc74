/**
 * What an editor sees when `npm run build` meets a broken file: for every
 * broken fixture, exactly the plain sentence in its expected.json, once,
 * with no stack trace, no hook name and no code location, and a non-zero
 * exit. Each build stops at the content check, before Astro renders
 * anything, so a dozen of them take seconds.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const brokenRoot = 'tests/fixtures/broken';
const work = mkdtempSync(join(tmpdir(), 'polku-broken-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cases = readdirSync(brokenRoot, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** `astro build` of the good fixture tree with one broken overlay; its exit code and everything it printed. */
function build(name: string): Promise<{ status: number | null; output: string }> {
  const dir = join(work, name);
  const content = join(dir, 'content');
  cpSync('tests/fixtures/content', content, { recursive: true });
  cpSync(join(brokenRoot, name), content, { recursive: true, filter: (s) => !s.endsWith('.json') });
  const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(dir, 'dist')], {
    env: { ...process.env, POLKU_CONTENT_DIR: content, POLKU_GENERATED_DIR: join(dir, 'generated'), NO_COLOR: '1' },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, output })));
}

/** Three builds at a time: the machine has two cores and Astro spends most of its start waiting on disk. */
async function buildAll(): Promise<Map<string, { status: number | null; output: string }>> {
  const results = new Map<string, { status: number | null; output: string }>();
  const queue = [...cases];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) results.set(name, await build(name));
  };
  await Promise.all([worker(), worker(), worker()]);
  return results;
}

describe('npm run build with a content mistake', () => {
  let results: Map<string, { status: number | null; output: string }>;
  it('runs a build for each broken fixture', { timeout: 240_000 }, async () => {
    results = await buildAll();
    expect([...results.keys()].sort()).toEqual([...cases].sort());
  });

  it.each(cases)('%s: one plain sentence, no stack trace, non-zero exit', (name) => {
    const { status, output } = results.get(name)!;
    const { message } = JSON.parse(readFileSync(join(brokenRoot, name, 'expected.json'), 'utf8')) as {
      message: string;
    };
    expect(status, output).toBe(1);
    expect(output).toContain(`Sisällössä on virhe:\n\n  ${message}\n`);
    // Exactly one mistake reported: one line naming a content file.
    expect(output.match(/^ {2}content\//gm), output).toHaveLength(1);
    expect(output).toContain('Sivustoa ei rakennettu.');
    expect(output).not.toMatch(/\bat .+:\d+:\d+|hook|\.(ts|js|mjs):\d+|node_modules|Error:|Stack/i);
  });
});
