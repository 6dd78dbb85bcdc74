/**
 * Content-Security-Policy hashes for the inline <script> and <style> blocks a
 * built page contains, so the policy can allow exactly those and nothing else
 * ('unsafe-inline' is never needed). Pure functions: the build integration
 * (src/integrations/csp.ts) and the tests share them.
 */
import { createHash } from 'node:crypto';

export interface InlineSources {
  scripts: string[];
  styles: string[];
  /** Things no hash can allow without 'unsafe-hashes': on…= handlers, style="…", javascript: URLs. */
  problems: string[];
}

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Non-executable script types (data blocks such as JSON-LD) need no hash. */
const isDataBlock = (attributes: string) => {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return type !== undefined && !['module', 'text/javascript', 'application/javascript'].includes(type);
};

/** The sha256 sources for every inline script and style in an HTML document. */
export function inlineSources(html: string): InlineSources {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const problems: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    const [, attributes = '', body = ''] = m;
    if (/\bsrc\s*=/i.test(attributes) || isDataBlock(attributes)) continue;
    scripts.add(hash(body));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.add(hash(m[1] ?? ''));
  // Attributes inside tags only (text such as "style=" in prose is not markup).
  // Most pages have none of these anywhere: one scan of the text spares looking at every tag.
  if (!/\s(?:on[a-z]+|style)\s*=|javascript:/i.test(html))
    return { scripts: [...scripts], styles: [...styles], problems };
  for (const tag of html.matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)) {
    const t = tag[0];
    if (/^<(script|style)\b/i.test(t)) continue;
    if (/\son[a-z]+\s*=/i.test(t)) problems.push(`inline event handler in ${t.slice(0, 80)}`);
    if (/\sstyle\s*=/i.test(t)) problems.push(`style attribute in ${t.slice(0, 80)}`);
    if (/=\s*["']?\s*javascript:/i.test(t)) problems.push(`javascript: URL in ${t.slice(0, 80)}`);
  }
  return { scripts: [...scripts], styles: [...styles], problems };
}

/** Adds sources to one directive of a policy (creating it when missing); keeps the order otherwise. */
export function addSources(policy: string, directive: string, sources: readonly string[]): string {
  if (sources.length === 0) return policy;
  const parts = policy
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const at = parts.findIndex((p) => p.split(/\s+/)[0] === directive);
  if (at === -1) return [...parts, `${directive} ${sources.join(' ')}`].join('; ');
  const existing = new Set(parts[at]!.split(/\s+/));
  // A hash next to 'unsafe-inline' turns 'unsafe-inline' off: a policy that allows inline code on purpose keeps it.
  if (existing.has("'unsafe-inline'")) return policy;
  parts[at] = [parts[at], ...sources.filter((s) => !existing.has(s))].join(' ');
  return parts.join('; ');
}

/** Completes every Content-Security-Policy line of a Netlify _headers file with the hashes. */
export function completeHeadersFile(text: string, sources: Pick<InlineSources, 'scripts' | 'styles'>): string {
  return text
    .split('\n')
    .map((line) => {
      const m = /^(\s+Content-Security-Policy:\s*)(.*)$/i.exec(line);
      if (!m) return line;
      let policy = m[2] ?? '';
      policy = addSources(policy, 'script-src', [...sources.scripts].sort());
      policy = addSources(policy, 'style-src', [...sources.styles].sort());
      return `${m[1]}${policy}`;
    })
    .join('\n');
}

const policyLine = /^\s+Content-Security-Policy:/i;

/**
 * Netlify applies every `_headers` rule whose path matches an address, and where two of them set
 * the same header it may join the values; two Content-Security-Policies joined are both enforced,
 * so the site's strict policy on "/*" would also bind the web editor under "/admin/*". The site's
 * policy is written once, on "/*" in public/_headers; the build moves it onto one rule per
 * top-level file and folder of the built site that no other rule gives a policy of its own, so
 * no address matches two policies, whichever way the host combines them. An address outside
 * every built file (a mistyped top-level path) gets the not-found page with the other headers
 * but without a policy; that page reflects nothing from the address.
 */
export function disjointPolicies(text: string, topLevel: Array<{ name: string; dir: boolean }>): string {
  const lines = text.split('\n');
  const blocks: Array<{ path: string; start: number; end: number }> = [];
  lines.forEach((line, i) => {
    if (line.startsWith('/')) blocks.push({ path: line.trim(), start: i, end: lines.length });
    else if (!/^\s/.test(line) && blocks.length && blocks.at(-1)!.end === lines.length) blocks.at(-1)!.end = i;
  });
  const site = blocks.find((b) => b.path === '/*');
  const siteLine = site && lines.slice(site.start, site.end).findIndex((l) => policyLine.test(l));
  if (!site || siteLine === undefined || siteLine < 0) return text;
  const policy = lines[site.start + siteLine]!;
  const own = new Set(
    blocks
      .filter((b) => b !== site && lines.slice(b.start, b.end).some((l) => policyLine.test(l)))
      .map((b) => /^\/([^/*]+)/.exec(b.path)?.[1])
      .filter((name) => name !== undefined),
  );
  // Netlify's own files in the publish folder are not served.
  const served = topLevel.filter((e) => !own.has(e.name) && e.name !== '_headers' && e.name !== '_redirects');
  // A folder's rule matches every address that starts with its name ("/i/*" matches "/index.html"),
  // so a file already under one needs no rule of its own.
  const folders = served.filter((e) => e.dir).map((e) => e.name);
  const files = served.filter((e) => !e.dir && !folders.some((folder) => e.name.startsWith(folder)));
  const paths = ['/', ...folders.map((name) => `/${name}/*`), ...files.map((e) => `/${e.name}`)].sort();
  const rules = paths.flatMap((path, i) => (i ? ['', path, policy] : [path, policy]));
  return [
    ...lines.slice(0, site.start + siteLine),
    ...lines.slice(site.start + siteLine + 1, site.end),
    ...(lines[site.end - 1]?.trim() === '' ? [] : ['']),
    '# The site policy of "/*", one rule per top-level path of the build (src/lib/csp.ts).',
    ...rules,
    ...lines.slice(site.end),
  ].join('\n');
}
