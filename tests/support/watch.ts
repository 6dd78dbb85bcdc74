/**
 * Watches a browser context for what a strict site must never do: break its
 * own Content-Security-Policy, talk to another origin, or log errors.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface Watch {
  /** securitypolicyviolation events and CSP console messages, one line each. */
  cspViolations(page: Page): Promise<string[]>;
  /** Requests to any origin other than the site's own (data: and blob: URLs are local). */
  foreignRequests: string[];
  /** Console errors and warnings and uncaught exceptions. */
  consoleProblems: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Starts watching every page the context opens. Call before opening pages. */
export async function watchContext(context: BrowserContext, baseUrl: string): Promise<Watch> {
  const origin = new URL(baseUrl).origin;
  const foreignRequests: string[] = [];
  const consoleProblems: string[] = [];
  const cspConsole: string[] = [];
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(
        `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`,
      );
    });
  });
  context.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      const text = message.text();
      if (/Content[- ]Security[- ]Policy/i.test(text)) cspConsole.push(text);
      if (['error', 'warning'].includes(message.type())) consoleProblems.push(`${message.type()}: ${text}`);
    });
    page.on('pageerror', (error) => consoleProblems.push(`uncaught: ${error.message}`));
  });
  return {
    foreignRequests,
    consoleProblems,
    async cspViolations(page) {
      const events = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      return [...events, ...cspConsole.splice(0)];
    },
  };
}
