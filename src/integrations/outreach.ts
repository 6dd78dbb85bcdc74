/**
 * After the build, writes the outreach files next to the pages:
 * - calendar/: an .ics per session and a feed per region and institution;
 * - i/<code>/qr.svg|png and the campaign redirects in _redirects;
 * - share/: a share image per page that declares one, cached by content in
 *   .cache/share/ so an unchanged card is not drawn again.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locales } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import { insertRedirects, landingPath, loadCampaigns, qrPath, redirectLines, shortPath } from '../lib/campaigns.ts';
import { contentDirIn, loadContentDirForIntegrations } from '../lib/content-files.ts';
import { todayInFinland } from '../lib/dates.ts';
import { qrPng, qrSvg } from '../lib/qr.ts';
import { findRoute, buildRoutes } from '../lib/routes.ts';

function write(dist: string, path: string, data: string | Buffer): void {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/**
 * A cached image into the site as a hard link: thousands of share images cost a directory entry
 * each instead of a copy of their bytes. The cache's files are never written again (a changed card
 * gets a new name), so the link is as good as a copy. A copy where links are not possible.
 */
function place(dist: string, path: string, cached: string): void {
  const file = join(dist, path);
  mkdirSync(dirname(file), { recursive: true });
  try {
    linkSync(cached, file);
  } catch {
    copyFileSync(cached, file);
  }
}

export function outreach(): AstroIntegration {
  let site = 'http://localhost:4321';
  let root = process.cwd();
  return {
    name: 'polku:outreach',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (config.site) site = config.site;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // Loaded when the files are written: the calendar and share-card libraries take about 0.1 s to
        // load, which every start of the dev server and of a build would otherwise pay first.
        const [{ eventCalendar, eventCalendarPath, feedCalendar, feedPath }, { shareCard, shareImagePath }] =
          await Promise.all([import('../lib/calendar.ts'), import('../lib/share-card.ts')]);
        const dist = fileURLToPath(dir);
        const contentDir = contentDirIn(root);
        const catalog = loadContentDirForIntegrations(contentDir);
        const routes = buildRoutes(catalog);
        const today = todayInFinland();
        const absolute = (path: string) => new URL(path, site).href;
        const stamp = new Date(`${today}T00:00:00Z`);

        let calendars = 0;
        for (const locale of locales) {
          const input = {
            catalog,
            locale,
            stamp,
            pageUrl: (id: string) => absolute(findRoute(routes, locale, 'event', id).path),
          };
          for (const doc of catalog.events) write(dist, eventCalendarPath(locale, doc.id), eventCalendar(doc, input));
          for (const r of catalog.regions)
            write(dist, feedPath(locale, 'region', r.id), feedCalendar('region', r.id, today, input));
          for (const i of catalog.institutions)
            write(dist, feedPath(locale, 'institution', i.id), feedCalendar('institution', i.id, today, input));
          calendars += catalog.events.length + catalog.regions.length + catalog.institutions.length;
        }

        const campaigns = loadCampaigns(contentDir);
        for (const c of campaigns) {
          const url = absolute(shortPath(c.code));
          write(dist, qrPath(c.code, 'svg'), await qrSvg(url, url));
          write(dist, qrPath(c.code, 'png'), await qrPng(url));
          landingPath(c, routes, catalog, today);
        }
        const redirects = join(dist, '_redirects');
        const existing = existsSync(redirects) ? readFileSync(redirects, 'utf8') : '';
        writeFileSync(redirects, insertRedirects(existing, redirectLines(campaigns, routes, catalog, today)));

        const cacheDir = join(root, '.cache', 'share');
        mkdirSync(cacheDir, { recursive: true });
        let drawn = 0;
        let images = 0;
        for (const route of routes) {
          const path = shareImagePath(route);
          if (!path) continue;
          const card = shareCard(route, catalog, useTranslations(route.locale));
          // The version in the key redraws every image when the layout changes.
          const key = createHash('sha256')
            .update(JSON.stringify({ v: 2, card }))
            .digest('hex')
            .slice(0, 32);
          const cached = join(cacheDir, `${key}.png`);
          if (!existsSync(cached)) {
            // Loaded only when a card is drawn: the drawing libraries cost about 0.2 s to load, and a
            // build whose cards are all cached never needs them.
            const { renderShareImage } = await import('../lib/share-image.ts');
            writeFileSync(cached, await renderShareImage(card));
            drawn += 1;
          }
          place(dist, path, cached);
          images += 1;
        }
        logger.info(
          `${calendars} calendar files, ${campaigns.length} campaign links with QR codes, ${images} share images (${drawn} drawn, the rest cached) in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
