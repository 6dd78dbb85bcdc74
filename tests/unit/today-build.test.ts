/**
 * "Upcoming" and "past" are decided against POLKU_TODAY, not the calendar:
 * a build of the fixture tree dated after its only event shows the event as
 * past everywhere. The same build shows that an .mdx text runs as MDX. One
 * real build, in its own output and cache folders.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/ui.ts';

const work = mkdtempSync(join(tmpdir(), 'polku-today-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('a build dated after an event lists it as past and says so on its page', { timeout: 120_000 }, () => {
  const dist = join(work, 'dist');
  const script = `import { build } from 'astro';
await build({ outDir: ${JSON.stringify(dist)}, cacheDir: ${JSON.stringify(join(work, 'cache'))}, logLevel: 'error' });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: {
      ...process.env,
      POLKU_CONTENT_DIR: 'tests/fixtures/content',
      POLKU_TODAY: '2030-01-01',
      POLKU_GENERATED_DIR: join(work, 'generated'),
    },
    encoding: 'utf8',
    // A build that never ends fails here instead of holding the whole run.
    timeout: 110_000,
  });
  expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
  // Its routing table and server build go elsewhere, not over those functions/site.ts imports.
  expect(existsSync(join(work, 'generated', 'routing.json'))).toBe(true);
  expect(existsSync(join('.netlify', 'server-other-content', 'entry.mjs'))).toBe(true);
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
  const t = useTranslations('fi');

  const list = page('fi/infotilaisuudet');
  expect(list).toContain(t('events.none'));
  expect(list).not.toContain(`>${t('events.upcoming')}</h2>`);
  expect(list).not.toContain('href="/fi/infotilaisuudet/testi/"');
  // Past sessions move to the archive, which the list links to…
  expect(list).toContain('href="/fi/infotilaisuudet/arkisto/"');
  const archive = page('fi/infotilaisuudet/arkisto');
  expect(archive).toContain(`>${t('events.past')}</h1>`);
  expect(archive).toContain('href="/fi/infotilaisuudet/testi/"');
  // …and leave the calendar feeds.
  const feed = readFileSync(join(dist, 'calendar/fi/region/porvoo.ics'), 'utf8');
  expect(feed).toContain('BEGIN:VCALENDAR');
  expect(feed).not.toContain('BEGIN:VEVENT');

  expect(page('fi/infotilaisuudet/testi')).toContain('data-event-past');
  expect(page('sv/infotillfallen/testi')).toContain(useTranslations('sv')('events.pastNotice'));
  // An .mdx text is rendered as MDX: its expression runs at build time.
  expect(page('fi/palvelut/testi')).toContain('Palvelua saa molemmilla kielillä: Porvoo / Borgå.');
  // Past events are not offered as upcoming on the home, training and region pages.
  for (const path of ['fi', 'fi/koulutukset/testi', 'fi/alueet/porvoo']) {
    expect(page(path), path).not.toContain('href="/fi/infotilaisuudet/testi/"');
  }
});
