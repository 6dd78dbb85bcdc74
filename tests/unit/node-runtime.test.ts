import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };

// `npm install` brings Node 24 as the platform's node-<os>-<cpu> package, and
// npm puts node_modules/.bin first on PATH for every package script, so the
// README's commands work where the system Node is older than 22.12.
const root = resolve(import.meta.dirname, '../..');
const platformPackage = `node-${process.platform}-${process.arch}`;
const atLeast2212 = (version: string): boolean => {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > 22 || (major === 22 && minor >= 12);
};

describe('the Node that package scripts run on', () => {
  it.runIf(platformPackage in pkg.optionalDependencies)(
    "is this platform's package from node_modules, at least 22.12, even with only the system's folders on PATH",
    () => {
      const bin = join(root, 'node_modules', '.bin', 'node');
      expect(existsSync(bin)).toBe(true);
      expect(realpathSync(bin)).toBe(realpathSync(join(root, 'node_modules', platformPackage, 'bin', 'node')));
      // Leave out every node_modules/.bin that the surrounding npm run added,
      // as a fresh shell would have: npm itself must put ours first again.
      const systemPath = (process.env.PATH ?? '')
        .split(delimiter)
        .filter((dir) => !dir.includes('node_modules'))
        .join(delimiter);
      const out = execFileSync('npm', ['exec', '--call', 'node -p "process.version + \' \' + process.execPath"'], {
        cwd: root,
        env: { ...process.env, PATH: systemPath },
        encoding: 'utf8',
      }).trim();
      const [version = '', execPath = ''] = out.split(' ');
      expect(atLeast2212(version)).toBe(true);
      expect(version).toBe(`v${pkg.optionalDependencies[platformPackage as keyof typeof pkg.optionalDependencies]}`);
      expect(realpathSync(execPath)).toBe(realpathSync(bin));
    },
  );

  it('runs the tests themselves', () => {
    expect(atLeast2212(process.version)).toBe(true);
  });
});
