/**
 * The content model: the sample content passes every schema and reference
 * check, and broken content fails with one plain Finnish sentence per mistake:
 * the file, the line where there is one, the field, and what to write instead.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseWithPositions } from 'yaml';
import {
  checkContentDir,
  contentDirFromEnv,
  contentDirIn,
  loadContentDir,
  parseYaml,
  splitFrontmatter,
} from '../../src/lib/content-files.ts';
import { formatProblem } from '../../src/lib/references.ts';

const fixture = 'tests/fixtures/content';
const brokenRoot = 'tests/fixtures/broken';
/** The tree being built: POLKU_CONTENT_DIR or content/. */
const builtDir = contentDirFromEnv();
/** The sample content in content/ (empty until the sample content lands). */
const contentDir = 'content';
const hasContent = existsSync(join(contentDir, 'institutions'));

const work = mkdtempSync(join(tmpdir(), 'polku-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The good fixture tree with one broken overlay copied over it. */
function brokenTree(name: string): string {
  const dir = join(work, name);
  cpSync(fixture, dir, { recursive: true });
  cpSync(join(brokenRoot, name), dir, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
  return dir;
}

describe('splitFrontmatter', () => {
  it('separates the YAML data from the Markdown body', () => {
    const { data, body } = splitFrontmatter('---\ntitle: Otsikko\nslug: x\n---\n\nTeksti.\n');
    expect(data).toEqual({ title: 'Otsikko', slug: 'x' });
    expect(body).toBe('\nTeksti.\n');
  });
  it('treats a file without frontmatter as all body', () => {
    expect(splitFrontmatter('Teksti.')).toEqual({ data: {}, body: 'Teksti.' });
  });
});

describe('parseYaml: js-yaml reads, the yaml package points at lines', () => {
  const yamlSources = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ya?ml|mdx?)$/.test(e.name))
      .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
      .map((text) => (text.startsWith('---') ? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') : text));

  it('reads every sample and fixture file as the yaml package does', () => {
    const sources = [...yamlSources(contentDir), ...yamlSources(fixture)];
    expect(sources.length).toBeGreaterThan(50);
    for (const source of sources) expect(parseYaml(source).data).toEqual(parseWithPositions(source) ?? {});
  });

  it('reads scalars by YAML 1.2 core rules, as the yaml package does', () => {
    const scalars = [
      '2027-02-15',
      '044 562 0841',
      '00100',
      'yes',
      'No',
      'on',
      '~',
      '',
      '0o17',
      '0x1F',
      '1e3',
      '.inf',
      'True',
      '12:30',
      "'it''s'",
    ];
    for (const value of scalars) {
      const source = `value: ${value}\n`;
      expect(parseYaml(source).data, value).toEqual(parseWithPositions(source));
    }
    expect(parseYaml('start: 2027-02-15\n').data).toEqual({ start: '2027-02-15' });
  });

  it('gives the line of a nested field, and of a syntax error with its field', () => {
    const parsed = parseYaml('institution: keuda\ncontact:\n  name: Testi\n  email: x\n', 1);
    expect(parsed.lineOf(['contact', 'email'])).toBe(5);
    const broken = parseYaml('title: Otsikko\ncontact:\n\tname: Testi\n', 1);
    expect(broken.data).toBeUndefined();
    expect(broken.error).toEqual({
      line: 4,
      field: 'name',
      message: 'Rivi on sisennetty sarkaimella. Sisennä välilyönneillä.',
    });
  });
});

describe('the content the site is built from', () => {
  it('the test fixture tree passes every schema and reference check', () => {
    const catalog = loadContentDir(fixture);
    expect(catalog.institutions.length).toBeGreaterThan(0);
    expect(catalog.trainings.map((t) => t.id)).toContain('testi');
  });

  it.skipIf(!existsSync(join(builtDir, 'institutions')))(
    `the tree being built (${builtDir}) passes every check`,
    () => {
      expect(loadContentDir(builtDir).pages.length).toBeGreaterThanOrEqual(3);
    },
  );

  it.skipIf(!hasContent)('the sample content in content/ passes every check and has what the site needs', () => {
    const catalog = loadContentDir(contentDir);
    const institutions = catalog.institutions.map((i) => i.name.fi.toLowerCase()).join(' | ');
    for (const name of ['careeria', 'keuda', 'prakticum', 'varia', 'winnova', 'sataedu', 'sasky', 'kuhmo']) {
      expect(institutions).toContain(name);
    }
    const towns = catalog.regions.flatMap((r) => r.municipalities.map((m) => m.id));
    for (const town of ['porvoo', 'vantaa', 'kerava', 'pori', 'kokemaki', 'laitila', 'tampere', 'kuhmo']) {
      expect(towns).toContain(town);
    }
    expect(catalog.trainings.length).toBeGreaterThanOrEqual(12);
    expect(catalog.services.length).toBeGreaterThanOrEqual(6);
    expect(catalog.events.filter((e) => e.facts.start >= '2027').length).toBeGreaterThanOrEqual(4);
    expect(
      catalog.events.some((e) => e.facts.place.kind === 'online' && /instagram/i.test(e.facts.place.platform)),
    ).toBe(true);
    expect(catalog.trainings.some((t) => t.facts.fields.length >= 2 && t.facts.municipalities.includes('porvoo'))).toBe(
      true,
    );
    expect(catalog.trainings.some((t) => t.facts.apprenticeship)).toBe(true);
    expect(catalog.pages.map((p) => p.id).sort()).toEqual(
      expect.arrayContaining(['saavutettavuus', 'tietoa', 'tietosuoja']),
    );
  });

  it.skipIf(!hasContent)('sample intake addresses use reserved example domains only', () => {
    const catalog = loadContentDir(contentDir);
    const addresses = catalog.institutions.flatMap((i) => i.intake.flatMap((c) => [c.email, c.webhook ?? '']));
    for (const address of addresses.filter(Boolean)) {
      const host = address.includes('@') ? address.split('@')[1]! : new URL(address).hostname;
      expect(host, address).toMatch(/\.(example|test|invalid)$|^example\.(com|org|net)$/);
    }
  });
});

describe('broken content is rejected with one plain sentence per mistake', () => {
  const cases = readdirSync(brokenRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

  it('has broken fixtures to check, the five typical mistakes among them', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'bad-date',
        'intake-gap',
        'missing-finnish',
        'missing-training',
        'unknown-format',
        'venue-without-swedish',
        'dotted-date',
        'missing-format',
        'missing-summary',
        'yaml-indent',
        'misspelled-institution',
      ]),
    );
  });

  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(brokenRoot, name, 'expected.json'), 'utf8')) as { message: string };
    const { problems } = checkContentDir(brokenTree(name));
    expect(problems.map(formatProblem)).toEqual([expected.message]);
    expect(() => loadContentDir(join(work, name))).toThrow(expected.message);
  });

  it('a file that is not YAML at all is named with its line', () => {
    const dir = join(work, 'not-yaml');
    cpSync(fixture, dir, { recursive: true });
    writeFileSync(join(dir, 'regions', 'laitila.yaml'), 'name: { fi: Laitila\n');
    expect(checkContentDir(dir).problems.map(formatProblem)).toEqual([
      'content/regions/laitila.yaml, rivi 1, kenttä name: Sulkeet eivät täsmää. Tarkista, että jokaisella { ja [ on pari } ja ] samalla rivillä.',
    ]);
  });

  /** The good tree with one file changed by `edit`; the sentences the reader gives for it. */
  const withEdit = (name: string, file: string, edit: (text: string) => string) => {
    const dir = join(work, name);
    cpSync(fixture, dir, { recursive: true });
    const path = join(dir, file);
    writeFileSync(path, edit(existsSync(path) ? readFileSync(path, 'utf8') : ''));
    return checkContentDir(dir).problems.map(formatProblem);
  };
  const eventFile = 'events/testi/facts.yaml';
  const venue = (place: string) => (text: string) => text.replace(/^place: .*$/m, place);

  it.each([
    [
      'an unclosed quote, at the line that opened it',
      'trainings/testi/fi.md',
      (t: string) => t.replace('title: Testikoulutus', 'title: "Testikoulutus'),
      'content/trainings/testi/fi.md, rivi 2, kenttä title: Lainausmerkki jää auki. Kirjoita tekstin loppuun samanlainen lainausmerkki kuin tekstin alussa (" tai \').',
    ],
    [
      'text after a closing quote',
      'trainings/testi/fi.md',
      (t: string) => t.replace('title: Testikoulutus', 'title: "Testi" koulutus'),
      'content/trainings/testi/fi.md, rivi 2, kenttä title: Rivillä on tekstiä lainausmerkkien tai sulkeiden jälkeen. Kirjoita koko teksti lainausmerkkien sisään tai poista ylimääräinen teksti.',
    ],
    [
      'an empty list, with what one item is',
      'trainings/testi/facts.yaml',
      (t: string) => t.replace('municipalities: [porvoo]', 'municipalities: []'),
      'content/trainings/testi/facts.yaml, rivi 2, kenttä municipalities: Lista on tyhjä. Lisää listaan vähintään yksi kohta: kunnan tunnus kansiossa content/regions olevista tiedostoista, esimerkiksi vantaa.',
    ],
    [
      'a one-letter title, in the singular',
      'trainings/testi/fi.md',
      (t: string) => t.replace('title: Testikoulutus', 'title: T'),
      'content/trainings/testi/fi.md, rivi 2, kenttä title: Teksti on liian lyhyt (1 merkki). Kirjoita teksti, jossa on vähintään 3 merkkiä.',
    ],
    [
      'an unknown field in a venue, with the fields a venue has',
      eventFile,
      venue(
        'place: { kind: address, name: { fi: Kirjasto, sv: Bibliotek }, street: { fi: Katu 1, sv: Gatan 1 }, postalCode: "06100", municipality: porvoo, address: Katu 1 }',
      ),
      'content/events/testi/facts.yaml, rivi 5, kenttä place.address: Kenttää address ei tunneta. Kirjoita jokin näistä: kind, municipality, name, postalCode, street.',
    ],
    [
      'a venue in a municipality that does not exist, with the nearest',
      eventFile,
      venue(
        'place: { kind: address, name: { fi: Kirjasto, sv: Bibliotek }, street: { fi: Katu 1, sv: Gatan 1 }, postalCode: "06100", municipality: porvo }',
      ),
      'content/events/testi/facts.yaml, rivi 5, kenttä place.municipality: Kuntaa "porvo" ei ole kansiossa content/regions. Tarkoititko porvoo vai pori?',
    ],
    [
      'a missing venue, with the lines it needs',
      eventFile,
      venue(''),
      'content/events/testi/facts.yaml, kenttä place: Kenttä place puuttuu. Lisää rivi place: ja sen alle joko rivit kind: address, name:, street:, postalCode: ja municipality: tai rivit kind: online, platform: ja url: kahdella välilyönnillä sisennettyinä.',
    ],
    [
      'a missing list of blocks, with how a list item starts',
      'institutions/keuda.yaml',
      (t: string) => t.replace(/intake:[\s\S]*?(?=\n[a-z])/, ''),
      'content/institutions/keuda.yaml, kenttä intake: Kenttä intake puuttuu. Lisää rivi intake: ja sen alle lista, jonka jokainen kohta alkaa merkeillä "- " ja jossa on kentät municipalities, email ja webhook.',
    ],
    [
      'a slug used twice, naming the other',
      'pages/tietosuoja/sv.md',
      (t: string) => t.replace('slug: dataskydd', 'slug: om-tjansten'),
      'content/pages/tietosuoja/sv.md, kenttä slug: Osoite "om-tjansten" on jo kohteen "tietoa" käytössä (content/pages/tietoa). Valitse toinen slug.',
    ],
  ])('%s', (name, file, edit, expected) => {
    expect(withEdit(name.replace(/\W+/g, '-'), file, edit)).toEqual([expected]);
  });

  it('a folder without facts.yaml is named as that file', () => {
    const dir = join(work, 'no-facts');
    cpSync(fixture, dir, { recursive: true });
    rmSync(join(dir, 'services', 'testi', 'facts.yaml'));
    expect(checkContentDir(dir).problems.map(formatProblem)).toEqual([
      'content/services/testi/facts.yaml: Tiedosto facts.yaml puuttuu. Kopioi se jostakin toisesta kansiosta kansion content/services alta ja muokkaa tietoja.',
    ]);
  });

  it('a misspelled field name is named with the field it probably means', () => {
    const dir = join(work, 'misspelled-field');
    cpSync(fixture, dir, { recursive: true });
    const file = join(dir, 'trainings', 'testi', 'facts.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('format:', 'fromat:'));
    expect(checkContentDir(dir).problems.map(formatProblem)).toEqual([
      'content/trainings/testi/facts.yaml, rivi 4, kenttä fromat: Kenttää fromat ei tunneta. Tarkoititko format?',
    ]);
  });
});

describe('the content folder an integration reads', () => {
  it('is content/ of the project by default, and POLKU_CONTENT_DIR relative to the project or absolute', () => {
    expect(contentDirIn('/site', {})).toBe('/site/content');
    expect(contentDirIn('/site', { POLKU_CONTENT_DIR: 'tests/fixtures/content' })).toBe('/site/tests/fixtures/content');
    // An absolute folder (the build benchmark's generated content) is not put under the project.
    expect(contentDirIn('/site', { POLKU_CONTENT_DIR: '/tmp/generated/content' })).toBe('/tmp/generated/content');
  });
});
