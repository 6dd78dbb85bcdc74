/**
 * The web editor at /admin/ in Chromium, served from the built site with its
 * own headers: the sign-in screen in Finnish and Swedish with the local
 * repository option, no request to another origin (fonts and UI strings
 * included), no CSP violation, no console error. Then local mode for real:
 * the File System Access API's directory picker is answered with a copy of
 * content/ in the origin-private file system (a real directory handle, as
 * the picker would give), and an edit saved in the editor is checked on disk
 * against the content schemas. Ids (an institution, municipalities) are
 * picked from lists of what exists, not typed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { campaignsFileSchema, textSchema, trainingFactsSchema } from '../../src/content/schemas.ts';
import { describeBrowser, launchBrowser } from '../support/browser.ts';
import { watchContext, type Watch } from '../support/watch.ts';

const baseUrl = inject('baseUrl');
const training = 'asennus-ja-kunnossapito';

const signIn = {
  // Sveltia wraps names in Unicode isolation marks (U+2068 … U+2069).
  fi: {
    locale: 'fi-FI',
    local: 'Työskentele paikallisen repositorion kanssa',
    github: /^Kirjaudu sisään palvelulla \W?GitHub/,
  },
  sv: { locale: 'sv-SE', local: 'Arbeta med lokalt repository', github: /^Logga in med \W?GitHub/ },
} as const;

/** content/ as path → text, to copy into the browser's private file system. */
function contentFiles(): Record<string, string> {
  // Sveltia checks that the chosen folder is a Git repository's root.
  const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n' };
  for (const e of readdirSync('content', { recursive: true, withFileTypes: true })) {
    if (e.isFile()) files[join(e.parentPath, e.name)] = readFileSync(join(e.parentPath, e.name), 'utf8');
  }
  return files;
}

async function writeFiles(page: Page, files: Record<string, string>) {
  await page.evaluate(async (files) => {
    const root = await navigator.storage.getDirectory();
    for (const [path, text] of Object.entries(files)) {
      const parts = path.split('/');
      let dir = root;
      for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
      const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, files);
}

async function readFiles(page: Page, folder: string[], names: string[]): Promise<string[]> {
  return page.evaluate(
    async ({ folder, names }) => {
      let dir = await navigator.storage.getDirectory();
      for (const part of folder) dir = await dir.getDirectoryHandle(part);
      return Promise.all(names.map(async (n) => (await (await dir.getFileHandle(n)).getFile()).text()));
    },
    { folder, names },
  );
}

const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as unknown;

describeBrowser('web editor at /admin/', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(
    lang: keyof typeof signIn,
    init?: () => void,
  ): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
    const context = await browser.newContext({ locale: signIn[lang].locale, viewport: { width: 1280, height: 800 } });
    if (init) await context.addInitScript(init);
    const watch = await watchContext(context, baseUrl);
    const page = await context.newPage();
    const response = await page.goto(`${baseUrl}/admin/`);
    expect(response?.status()).toBe(200);
    await page.getByRole('button', { name: signIn[lang].local }).waitFor({ timeout: 20_000 });
    return { context, page, watch };
  }

  it('has its own policy: no eval, no inline script, GitHub its only other origin', async () => {
    const response = await fetch(`${baseUrl}/admin/`);
    const csp = response.headers.get('content-security-policy') ?? '';
    await response.arrayBuffer();
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp.match(/script-src[^;]*/)?.[0]).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https:/);
    expect(csp.match(/connect-src[^;]*/)?.[0]).toBe("connect-src 'self' data: blob: https://api.github.com");
    expect(csp.match(/font-src[^;]*/)?.[0]).toBe("font-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it.each(['fi', 'sv'] as const)(
    'shows its sign-in screen in %s, everything from the site itself',
    async (lang) => {
      const { context, page, watch } = await open(lang);
      await page.getByRole('button', { name: signIn[lang].github }).waitFor();
      await page.waitForLoadState('networkidle');
      // The icon font is the site's copy: icons render as symbols, not as their names.
      expect(await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"', 'edit'))).toBe(true);
      const fonts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.endsWith('.woff2')),
      );
      expect(fonts).toContain('/admin/fonts/material-symbols-outlined.woff2');
      expect(await watch.cspViolations(page)).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      expect(watch.consoleProblems).toEqual([]);
      await context.close();
    },
    60_000,
  );

  it('edits the working copy in local mode and writes files the schemas accept', async () => {
    // The picker answers with what Chromium's folder dialog would return (a headless browser cannot show it).
    const { context, page, watch } = await open('fi', () => {
      Object.assign(window, { showDirectoryPicker: () => navigator.storage.getDirectory() });
    });
    await writeFiles(page, contentFiles());
    await page.getByRole('button', { name: signIn.fi.local }).click();
    await page.getByText('Kuhmon kaupunki').waitFor({ timeout: 20_000 });

    // Texts: Finnish and Swedish side by side; change the Finnish title and save.
    await page
      .getByText(/^Koulutukset: tekstit/)
      .first()
      .click();
    await page.getByText('Teollisuuden asennus- ja kunnossapitotyö').first().click();
    // The language switches of the two panes: Finnish on the left, Swedish on the right.
    await page.getByText('Suomi', { exact: true }).first().waitFor();
    await page.getByText('Ruotsi', { exact: true }).first().waitFor();
    await page
      .getByRole('textbox', { name: /Otsikko/ })
      .first()
      .fill('Teollisuuden asennus- ja huoltotyö');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect
      .poll(async () => (await readFiles(page, ['content', 'trainings', training], ['fi.md']))[0], { timeout: 10_000 })
      .toMatch(/title: Teollisuuden asennus- ja huoltotyö/);
    const [fi, sv] = await readFiles(page, ['content', 'trainings', training], ['fi.md', 'sv.md']);
    expect(textSchema.safeParse(frontmatter(fi!)).error?.issues ?? []).toEqual([]);
    expect(fi).toContain('## Mitä opit');
    // The Swedish file is written again by the editor with the same data (YAML style may differ) and text.
    const original = readFileSync(`content/trainings/${training}/sv.md`, 'utf8');
    expect(frontmatter(sv!)).toEqual(frontmatter(original));
    expect(sv!.slice(sv!.indexOf('\n---', 3))).toBe(original.slice(original.indexOf('\n---', 3)));

    // Facts, entered once for both languages: change a municipality and the contact person, and save.
    await page
      .getByText(/^Koulutukset: tiedot/)
      .first()
      .click();
    await page
      .getByText(/^asennus.ja.kunnossapito$/)
      .first()
      .click();
    // Ids are picked from lists of what exists, shown by name: the institution and the municipalities.
    await expect(page.getByRole('combobox', { name: /Oppilaitos/ }).textContent()).resolves.toBe('Sataedu');
    await page.getByRole('button', { name: /Poista \W?Kokemäki/ }).click();
    await page.getByRole('combobox', { name: /Kunnat/ }).click();
    const towns = page.getByRole('listbox').first();
    await towns.getByRole('option', { name: 'Huittinen' }).waitFor();
    const offered = (await towns.getByRole('option').allTextContents()).map((t) => t.trim());
    expect(offered).toEqual(expect.arrayContaining(['Kokemäki', 'Huittinen', 'Porvoo', 'Vantaa']));
    await page.keyboard.type('Huitt');
    await towns.getByRole('option', { name: 'Huittinen' }).click();
    // Fields further down are drawn as the pane scrolls to them.
    const name = page.getByRole('textbox', { name: /Nimi/ }).last();
    for (let i = 0; i < 40 && !(await name.isVisible()); i++) {
      await page.mouse.move(300, 500);
      await page.mouse.wheel(0, 600);
    }
    await expect(name.inputValue()).resolves.toBe('Mikko Laaksonen');
    await name.fill('Sanna Laaksonen');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect
      .poll(async () => (await readFiles(page, ['content', 'trainings', training], ['facts.yaml']))[0], {
        timeout: 10_000,
      })
      .toMatch(/Sanna Laaksonen/);
    const [facts] = await readFiles(page, ['content', 'trainings', training], ['facts.yaml']);
    const saved = trainingFactsSchema.safeParse(parse(facts!));
    expect(saved.error?.issues ?? []).toEqual([]);
    const before = trainingFactsSchema.parse(parse(readFileSync(`content/trainings/${training}/facts.yaml`, 'utf8')));
    expect(saved.data).toEqual({
      ...before,
      municipalities: ['pori', 'huittinen'],
      contact: { ...before.contact, name: 'Sanna Laaksonen' },
    });

    expect(await watch.cspViolations(page)).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  }, 120_000);

  it('edits the campaign links, one file whose top level is a list, and writes what the schema accepts', async () => {
    const { context, page } = await open('fi', () => {
      Object.assign(window, { showDirectoryPicker: () => navigator.storage.getDirectory() });
    });
    await writeFiles(page, contentFiles());
    await page.getByRole('button', { name: signIn.fi.local }).click();
    await page
      .getByText(/^Kampanjalinkit/)
      .first()
      .waitFor({ timeout: 20_000 });
    await page
      .getByText(/^Kampanjalinkit/)
      .first()
      .click();
    await page
      .getByRole('gridcell', { name: /^Kampanjalinkit/ })
      .first()
      .click();
    const description = page.getByRole('textbox', { name: /Esittely/ }).first();
    await expect(description.inputValue()).resolves.toBe('Instagram-profiilin linkki (bio), koko kevät');
    // Where a link lands is a choice of page kinds, each with its own fields.
    await page.getByText('Etusivu / Startsida', { exact: true }).first().waitFor();
    await description.fill('Instagram-profiilin linkki (bio), kevät 2027');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect
      .poll(async () => (await readFiles(page, ['content'], ['campaigns.yaml']))[0], { timeout: 10_000 })
      .toMatch(/kevät 2027/);
    const [saved] = await readFiles(page, ['content'], ['campaigns.yaml']);
    const checked = campaignsFileSchema.safeParse(parse(saved!));
    expect(checked.error?.issues ?? []).toEqual([]);
    const before = campaignsFileSchema.parse(parse(readFileSync('content/campaigns.yaml', 'utf8')));
    expect(checked.data).toEqual(
      before.map((c, i) => (i === 0 ? { ...c, description: 'Instagram-profiilin linkki (bio), kevät 2027' } : c)),
    );
    await context.close();
  }, 120_000);
});
