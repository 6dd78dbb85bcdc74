/**
 * Debian's Chromium driven by playwright-core. Outside CI a machine without
 * Chromium skips the browser tests and says so loudly; in CI (CI=true) a
 * missing browser fails the run.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { describe } from 'vitest';

export const chromiumPath = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p): p is string => Boolean(p && existsSync(p)),
);

if (!chromiumPath) {
  const message = 'No Chromium found (set CHROMIUM_PATH or install Debian\'s "chromium" package).';
  if (process.env['CI']) throw new Error(`${message} Browser tests cannot be skipped in CI.`);
  console.warn(`\n*** ${message} BROWSER TESTS ARE SKIPPED. ***\n`);
}

/** `describe` when a browser exists, `describe.skip` otherwise. */
export const describeBrowser = chromiumPath ? describe : describe.skip;

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath!,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
