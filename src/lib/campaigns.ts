/**
 * Short campaign links. content/campaigns.yaml lists them; the build turns
 * each into a Netlify redirect `/i/<code>` to its target page, with the
 * source and campaign as query parameters while the campaign is valid and
 * without them before and after (a printed code never leads to a 404).
 */
import type { Campaign } from '../content/schemas.ts';
import { byId, type Catalog } from './catalog.ts';
import { ContentProblems, readCampaigns } from './content-files.ts';
import { interestPath, withQuery } from './paths.ts';
import type { Problem } from './references.ts';
import { findRoute, type Route } from './routes.ts';

/**
 * The campaigns of a content folder, validated. The build's content check has already reported any
 * mistake in them (src/lib/content-files.ts, checkContentDir); this throws only if called without it.
 */
export function loadCampaigns(contentDir: string): Campaign[] {
  const problems: Problem[] = [];
  const list = readCampaigns(contentDir, problems);
  if (problems.length) throw new ContentProblems(problems);
  return list;
}

export function shortPath(code: string): string {
  return `/i/${code}`;
}

export function qrPath(code: string, format: 'svg' | 'png'): string {
  return `/i/${code}/qr.${format}`;
}

export function isActive(campaign: Campaign, today: string): boolean {
  return campaign.validFrom <= today && (campaign.validTo === undefined || today <= campaign.validTo);
}

/**
 * For a target the content check did not see (checkCampaignTargets in src/lib/references.ts reports
 * the same mistake, in full, before the build gets here).
 */
const missingTarget = (campaign: Campaign, id: string) =>
  new Error(`Kampanja "${campaign.code}" (content/campaigns.yaml): kohdetta "${id}" ei ole.`);

/** The target's address without attribution, checked against the content (unknown ids stop the build). */
export function targetPath(campaign: Campaign, routes: readonly Route[], catalog: Catalog): string {
  const { target, locale } = campaign;
  if (target.kind === 'form') {
    if (target.training && !byId(catalog.trainings, target.training)) throw missingTarget(campaign, target.training);
    if (target.service && !byId(catalog.services, target.service)) throw missingTarget(campaign, target.service);
    const { training, service, municipality } = target;
    const preset = Object.entries({ training, service, municipality }).filter(([, v]) => v !== undefined);
    return interestPath(locale, Object.fromEntries(preset));
  }
  const id = 'id' in target ? target.id : undefined;
  try {
    return findRoute(routes, locale, target.kind, id).path;
  } catch {
    throw missingTarget(campaign, id ?? target.kind);
  }
}

/** Where /i/<code> leads today: with source and campaign while valid, the bare target otherwise. */
export function landingPath(campaign: Campaign, routes: readonly Route[], catalog: Catalog, today: string): string {
  const path = targetPath(campaign, routes, catalog);
  if (!isActive(campaign, today)) return path;
  const [base = path, query = ''] = path.split('?');
  const withAttribution = withQuery(base, campaign.locale, { source: campaign.source, campaign: campaign.campaign });
  return query ? `${withAttribution}&${query}` : withAttribution;
}

/** Lines for Netlify's _redirects: temporary (302), so an edited target takes effect at once. */
export function redirectLines(
  campaigns: readonly Campaign[],
  routes: readonly Route[],
  catalog: Catalog,
  today: string,
): string[] {
  return campaigns.map((c) => `${shortPath(c.code)}  ${landingPath(c, routes, catalog, today)}  302`);
}

/** Adds the campaign redirects to a _redirects file before its catch-all 404 rules, which must stay last. */
export function insertRedirects(file: string, lines: readonly string[]): string {
  const block = ['# Campaign links (content/campaigns.yaml), written by the build.', ...lines, ''].join('\n');
  return `${block}\n${file}`;
}
