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
