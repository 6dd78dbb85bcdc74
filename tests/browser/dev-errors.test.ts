/**
 * What an editor sees in `npm run dev`: one dev server over a copy of the
 * fixture content, started with the first mistake already in it (it must
 * start anyway); each of the five typical mistakes is written into the
 * copy, every page then shows the plain sentence (file, line, field, what to
 * write) in the browser, and fixing the file brings the page back without a
 * restart. The copy lives under .cache/ inside the project so the error
 * overlay can also show the file around the line.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser } from '../support/browser.ts';

// The five typical mistakes, then a colon inside a text and a campaign link to a training that does not exist.
const mistakes = [
  'dotted-date',
  'missing-format',
  'missing-summary',
  'yaml-indent',
  'misspelled-institution',
  'colon-in-text',
  'campaign-unknown-training',
];
const brokenRoot = 'tests/fixtures/broken';
const good = 'tests/fixtures/content';
const trainingPage = '/fi/koulutukset/testi/';
const otherPage = '/sv/';

/** Puts the good version of a file back, or removes a file the good tree does not have. */
const restore = (content: string, file: string) =>
  existsSync(join(good, file)) ? cpSync(join(good, file), join(content, file)) : rmSync(join(content, file));

/** Files of a broken overlay, relative to the content folder. */
const overlayFiles = (name: string): string[] =>
  readdirSync(join(brokenRoot, name), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name !== 'expected.json')
    .map((e) => relative(join(brokenRoot, name), join(e.parentPath, e.name)));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `check` passes or the time is up; returns what the last try saw. */
async function eventually<T>(attempt: () => Promise<T>, ok: (value: T) => boolean, seconds = 40): Promise<T> {
  const until = Date.now() + seconds * 1000;
  let value = await attempt();
  while (!ok(value) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 500));
    value = await attempt();
  }
  return value;
}

interface Seen {
  title: string;
  message: string;
  hint: string;
  heading: string;
}

/**
 * Loads a page and reads the error overlay (in its shadow root) or the page's heading. The dev
 * server may reload the page itself while content changes; such a try reads as nothing seen.
 */
async function look(page: Page, url: string): Promise<Seen> {
  try {
    // A load the dev server leaves hanging (now and then, while it re-reads content or its own
    // dependencies) is given up after 10 s and tried again, not waited on for Playwright's 30 s.
    await page.goto(url, { waitUntil: 'load', timeout: 10_000 });
    await page.waitForFunction(
      () => document.querySelector('vite-error-overlay') || document.querySelector('h1'),
      null,
      {
        timeout: 10_000,
      },
    );
    return await page.evaluate(() => {
      const root = document.querySelector('vite-error-overlay')?.shadowRoot;
      const text = (selector: string) => root?.querySelector(selector)?.textContent?.trim() ?? '';
      return {
        title: text('#title'),
        message: text('#message-content'),
        hint: text('#hint-content'),
        heading: root ? '' : (document.querySelector('h1')?.textContent?.trim() ?? ''),
      };
    });
  } catch {
    return { title: '', message: '', hint: '', heading: '' };
  }
}

describeBrowser('content mistakes in the dev preview', () => {
  let work: string;
  let content: string;
  let server: ChildProcess;
  let log = '';
  let base: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync('.cache', { recursive: true });
    work = mkdtempSync(join('.cache', 'dev-errors-'));
    content = join(work, 'content');
    cpSync(good, content, { recursive: true });
    for (const file of overlayFiles(mistakes[0]!)) cpSync(join(brokenRoot, mistakes[0]!, file), join(content, file));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const script = `import { dev } from 'astro';
await dev({ server: { port: ${port}, host: '127.0.0.1' }, cacheDir: ${JSON.stringify(join(work, 'cache'))}, logLevel: 'warn' });`;
    // Vitest's own variables (NODE_ENV=test, VITEST…) would make Astro's dev server behave as under test.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(key)),
    );
    server = spawn(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...env, POLKU_CONTENT_DIR: content, POLKU_GENERATED_DIR: join(work, 'generated'), NO_COLOR: '1' },
    });
    server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    const up = await eventually(
      () =>
        fetch(base + trainingPage)
          .then((r) => r.status)
          .catch(() => 0),
      // The first mistake is in place: the dev server answers, with the error page.
      (status) => status === 500,
      90,
    );
    expect(up, log).toBe(500);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) server.kill();
    await new Promise((r) => setTimeout(r, 500));
    rmSync(work, { recursive: true, force: true });
  });

  it.each(mistakes)(
    '%s: every page shows the plain sentence, and fixing the file brings the page back',
    { timeout: 120_000 },
    async (name) => {
      const { message } = JSON.parse(readFileSync(join(brokenRoot, name, 'expected.json'), 'utf8')) as {
        message: string;
      };
      const files = overlayFiles(name);
      for (const file of files) cpSync(join(brokenRoot, name, file), join(content, file));
      try {
        await seeMistakeThenFix(name, message, files);
      } finally {
        // Whatever happened, the next case starts from good content.
        for (const file of files) if (existsSync(join(content, file))) restore(content, file);
      }
    },
  );

  async function seeMistakeThenFix(name: string, message: string, files: string[]) {
    const broken = await eventually(
      () => look(page, base + trainingPage),
      (seen) => seen.message === message,
    );
    expect(broken.message, log).toBe(message);
    expect(broken.title).toBe('Sisällössä on virhe');
    expect(broken.hint).toContain('Korjaa tiedosto ja tallenna se');
    await page.screenshot({ path: join('.cache', `dev-error-${name}.png`) });
    // Not only the page of the broken file: another page, in the other language, shows it too.
    const other = await eventually(
      () => look(page, base + otherPage),
      (seen) => seen.message === message,
    );
    expect(other.message).toBe(message);

    for (const file of files) restore(content, file);
    const fixed = await eventually(
      () => look(page, base + trainingPage),
      (seen) => seen.heading === 'Testikoulutus',
    );
    expect(fixed.message, log).toBe('');
    expect(fixed.heading).toBe('Testikoulutus');
  }
});
