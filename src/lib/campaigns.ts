/**
 * Short campaign links. content/campaigns.yaml lists them; the build turns
 * each into a Netlify redirect `/i/<code>` to its target page, with the
 * source and campaign as query parameters while the campaign is valid and
 * without them before and after (a printed code never leads to a 404).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Campaign, campaignsFileSchema } from '../content/schemas.ts';
import { byId, type Catalog } from './catalog.ts';
import { parseYaml, validate } from './content-files.ts';
import { interestPath, withQuery } from './paths.ts';
import { formatProblems, type Problem } from './references.ts';
import { findRoute, type Route } from './routes.ts';

export const campaignsFile = 'campaigns.yaml';

/** The campaigns of a content folder, validated; throws naming the field and reason. */
export function loadCampaigns(contentDir: string): Campaign[] {
  const file = join(contentDir, campaignsFile);
  if (!existsSync(file)) return [];
  const problems: Problem[] = [];
  const list = validate(
    campaignsFileSchema,
    parseYaml(readFileSync(file, 'utf8')),
    `content/${campaignsFile}`,
    problems,
  );
  if (!list || problems.length) throw new Error(`Campaigns have problems:\n${formatProblems(problems)}`);
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

/** The target's address without attribution, checked against the content (unknown ids stop the build). */
export function targetPath(campaign: Campaign, routes: readonly Route[], catalog: Catalog): string {
  const { target, locale } = campaign;
  if (target.kind === 'form') {
    const missing = [
      target.training && !byId(catalog.trainings, target.training) && `training "${target.training}"`,
      target.service && !byId(catalog.services, target.service) && `service "${target.service}"`,
    ].filter(Boolean);
    if (missing.length) throw new Error(`Campaign "${campaign.code}": no ${missing.join(', ')}`);
    const { training, service, municipality } = target;
    const preset = Object.entries({ training, service, municipality }).filter(([, v]) => v !== undefined);
    return interestPath(locale, Object.fromEntries(preset));
  }
  const id = 'id' in target ? target.id : undefined;
  try {
    return findRoute(routes, locale, target.kind, id).path;
  } catch {
    throw new Error(`Campaign "${campaign.code}" in content/${campaignsFile}: no ${target.kind} "${id ?? ''}"`);
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
