/**
 * The whole site on one machine: the built pages from dist/ with the headers
 * and 404 rules that Netlify applies (read from dist/_headers and
 * dist/_redirects), every function in functions/ at its configured path, and
 * Netlify Blobs through Netlify's own local Blobs server. `npm start` and the
 * browser tests both run this, so tests see what a person would.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setEnvironmentContext } from '@netlify/blobs';
import { BlobsServer } from '@netlify/blobs/server';

type Handler = (req: Request, context: LocalContext) => Response | Promise<Response>;
export interface LocalContext {
  ip: string;
  requestId: string;
  site: { url: string };
}

export interface LocalServerOptions {
  root?: string;
  distDir?: string;
  port?: number;
  /** Where the local Blobs server keeps its files. */
  blobsDir?: string;
  /** Extra environment for the functions (e.g. OUTBOX_DIR, SMTP_URL). */
  env?: Record<string, string>;
  /**
   * How often scheduled functions (config.schedule) run here, in seconds; 0 turns them off.
   * Locally a short interval stands in for Netlify's schedule so retries happen while you watch.
   */
  scheduleSeconds?: number;
}

export interface LocalServer {
  url: string;
  port: number;
  /** Names of the scheduled functions found in functions/. */
  scheduled: string[];
  close(): Promise<void>;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

interface HeaderRule {
  pattern: RegExp;
  headers: Array<[string, string]>;
}

/** Netlify's _headers format: a path pattern, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: globToRegExp(line.trim()), headers: [] });
    } else {
      const at = line.indexOf(':');
      const rule = rules.at(-1);
      if (rule && at > 0) rule.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

interface RedirectRule {
  pattern: RegExp;
  to: string;
  status: number;
}

/** The part of Netlify's _redirects format the site uses: "from to status" with a trailing *. */
export function parseRedirectsFile(text: string): RedirectRule[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = '', status = '301'] = line.split(/\s+/);
      return { pattern: globToRegExp(from), to, status: Number.parseInt(status, 10) };
    });
}

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

async function loadFunctions(root: string): Promise<{ routes: Map<string, Handler>; scheduled: Map<string, Handler> }> {
  const dir = join(root, 'functions');
  const routes = new Map<string, Handler>();
  const scheduled = new Map<string, Handler>();
  if (!existsSync(dir)) return { routes, scheduled };
  for (const file of readdirSync(dir)) {
    if (!/\.(ts|mts|js|mjs)$/.test(file)) continue;
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
      default?: Handler;
      config?: { path?: string | string[]; schedule?: string };
    };
    if (!mod.default) continue;
    if (mod.config?.schedule) scheduled.set(file.replace(/\.\w+$/, ''), mod.default);
    if (!mod.config?.path) continue;
    for (const path of [mod.config.path].flat()) routes.set(path, mod.default);
  }
  return { routes, scheduled };
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const hasBody = !['GET', 'HEAD'].includes(method);
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    ...(hasBody ? { body: Buffer.concat(chunks) } : {}),
  });
}

async function send(res: ServerResponse, response: Response, extra: Array<[string, string]>): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  for (const [k, v] of extra) headers[k] = v;
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers['set-cookie'] = cookies;
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const root = resolve(options.root ?? process.cwd());
  const dist = resolve(options.distDir ?? join(root, 'dist'));
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No built site in ${dist}: run npm run build first.`);
  Object.assign(process.env, options.env ?? {});

  const token = randomBytes(16).toString('hex');
  const blobs = new BlobsServer({ directory: options.blobsDir ?? join(root, '.data', 'blobs'), token });
  const { port: blobsPort } = await blobs.start();
  setEnvironmentContext({ edgeURL: `http://127.0.0.1:${blobsPort}`, siteID: 'local', token });

  const read = (name: string) => (existsSync(join(dist, name)) ? readFileSync(join(dist, name), 'utf8') : '');
  const headerRules = parseHeadersFile(read('_headers'));
  const redirectRules = parseRedirectsFile(read('_redirects'));
  const { routes: functions, scheduled } = await loadFunctions(root);
  let requestCount = 0;

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const pathname = decodeURIComponent(url.pathname);
      const extra = headerRules.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.headers);
      const handler = functions.get(pathname);
      if (handler) {
        const request = await toRequest(req, `http://${req.headers.host ?? 'localhost'}`);
        const context: LocalContext = {
          ip: req.socket.remoteAddress ?? '127.0.0.1',
          requestId: `local-${++requestCount}`,
          site: { url: `http://${req.headers.host ?? 'localhost'}` },
        };
        await send(res, await handler(request, context), []);
        return;
      }
      const file = resolveFile(dist, pathname);
      if (file === 'redirect') {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` });
        res.end();
        return;
      }
      if (file) {
        serveFile(res, file, 200, extra, req.method === 'HEAD');
        return;
      }
      const rule = redirectRules.find((r) => r.status === 404 && r.pattern.test(pathname));
      const notFound = resolveFile(dist, rule?.to ?? '/404.html');
      const notFoundHeaders = headerRules
        .filter((r) => r.pattern.test(rule?.to ?? '/404.html'))
        .flatMap((r) => r.headers);
      if (notFound && notFound !== 'redirect') serveFile(res, notFound, 404, notFoundHeaders, false);
      else {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('404');
      }
    } catch (error) {
      // No request data in the log: it may hold personal data.
      console.error('local server error:', error instanceof Error ? error.message : 'unknown');
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('500');
    }
  });

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const every = options.scheduleSeconds ?? 0;
  const timers =
    every > 0
      ? [...scheduled].map(([name, handler]) =>
          setInterval(() => {
            const context: LocalContext = {
              ip: '127.0.0.1',
              requestId: `local-schedule-${name}`,
              site: { url: `http://127.0.0.1:${port}` },
            };
            Promise.resolve(
              handler(new Request(`http://127.0.0.1:${port}/.netlify/functions/${name}`, { method: 'POST' }), context),
            ).catch((error: unknown) =>
              console.error(`scheduled ${name} failed:`, error instanceof Error ? error.message : 'unknown'),
            );
          }, every * 1000),
        )
      : [];
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    scheduled: [...scheduled.keys()],
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await blobs.stop();
    },
  };
}

/** A file for a URL path as a static host resolves it; "redirect" when a slash is missing. */
function resolveFile(dist: string, pathname: string): string | 'redirect' | undefined {
  const full = normalize(join(dist, pathname));
  if (!full.startsWith(dist)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  if (existsSync(join(full, 'index.html'))) return pathname.endsWith('/') ? join(full, 'index.html') : 'redirect';
  return undefined;
}

function serveFile(res: ServerResponse, file: string, status: number, extra: Array<[string, string]>, head: boolean) {
  const headers: Record<string, string> = { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' };
  for (const [k, v] of extra) headers[k] = v;
  res.writeHead(status, headers);
  if (head) res.end();
  else createReadStream(file).pipe(res);
}
