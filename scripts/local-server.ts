/**
 * The whole site on one machine: the built pages from dist/ with the headers
 * and redirect rules Netlify applies (read with Netlify's own parsers,
 * @netlify/headers-parser and @netlify/redirect-parser), every function in
 * functions/ at its configured path with a Netlify-style context (including
 * `waitUntil`), scheduled functions on a timer that never overlaps itself, and
 * Netlify Blobs through Netlify's own local Blobs server. `npm start` and the
 * browser tests both run this, so tests see what a person would.
 *
 * It is also a server on a port, so it refuses what a hostile client sends:
 * paths that escape dist/ (also percent-encoded), malformed escapes, methods
 * other than GET/HEAD for files, bodies over 1 MiB (without reading them
 * whole), and it never trusts the Host header to build addresses.
 */
import { createReadStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAllHeaders } from '@netlify/headers-parser';
import { build } from 'esbuild';
import { parseAllRedirects } from '@netlify/redirect-parser';
import { startLocalBlobs } from './local-blobs.ts';

export interface LocalContext {
  ip: string;
  requestId: string;
  site: { url: string };
  waitUntil(promise: Promise<unknown>): void;
}
type Handler = (req: Request, context: LocalContext) => Response | Promise<Response>;

export interface LocalServerOptions {
  root?: string;
  distDir?: string;
  port?: number;
  /** Where the local Blobs server keeps its files. */
  blobsDir?: string;
  /** Extra environment for the functions (e.g. OUTBOX_DIR, SMTP_URL), set before they load. */
  env?: Record<string, string>;
  /**
   * Seconds between the end of one run of each scheduled function and the start of the next; 0 turns
   * them off. Locally a short pause stands in for Netlify's schedule so retries happen while you watch.
   */
  scheduleSeconds?: number;
}

export interface LocalServer {
  url: string;
  port: number;
  /** Names of the scheduled functions found in functions/. */
  scheduled: string[];
  /** Runs a scheduled function now (after any run of it still going); its response status. */
  runScheduled(name: string): Promise<number>;
  /** Resolves when all work handed to `waitUntil` so far has finished. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The largest request body passed to a function; larger ones get 413 before they are read. */
export const maxRequestBytes = 1024 * 1024;

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

interface HeaderRule {
  forRegExp: RegExp;
  values: Record<string, string>;
}
interface RedirectRule {
  from: string;
  to: string;
  status: number;
  force: boolean;
}

interface LocalFunction {
  name: string;
  handler: Handler;
  paths: string[];
  /** A static file at the same address wins (the site's on-demand pages use this). */
  preferStatic: boolean;
  schedule?: string;
}

async function loadModule(name: string, file: string): Promise<LocalFunction | undefined> {
  const mod = (await import(pathToFileURL(file).href)) as {
    default?: Handler;
    config?: { path?: string | string[]; schedule?: string; preferStatic?: boolean };
  };
  if (!mod.default) return undefined;
  return {
    name,
    handler: mod.default,
    paths: [mod.config?.path ?? []].flat(),
    preferStatic: mod.config?.preferStatic ?? false,
    ...(mod.config?.schedule ? { schedule: mod.config.schedule } : {}),
  };
}

/**
 * The functions Netlify would deploy: each file in functions/, bundled with esbuild as Netlify's
 * node_bundler = "esbuild" does (TypeScript, JSON imports) into .cache/functions/, and the functions
 * a framework wrote to .netlify/v1/functions/ (the site's on-demand pages), already bundled.
 */
async function loadFunctions(root: string): Promise<{ functions: LocalFunction[]; out: string }> {
  const functions: LocalFunction[] = [];
  const out = join(root, '.cache', 'functions', `${process.pid}`);
  const dir = join(root, 'functions');
  for (const file of existsSync(dir) ? readdirSync(dir) : []) {
    if (!/\.(ts|mts|js|mjs)$/.test(file)) continue;
    const name = file.replace(/\.\w+$/, '');
    const outfile = join(out, `${name}.mjs`);
    await build({
      entryPoints: [join(dir, file)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      packages: 'external',
      logLevel: 'error',
    });
    const loaded = await loadModule(name, outfile);
    if (loaded) functions.push(loaded);
  }
  const frameworks = join(root, '.netlify', 'v1', 'functions');
  for (const name of existsSync(frameworks) ? readdirSync(frameworks) : []) {
    const file = join(frameworks, name, `${name}.mjs`);
    const loaded = existsSync(file) ? await loadModule(name, file) : undefined;
    if (loaded) functions.push(loaded);
  }
  return { functions, out };
}

/** Netlify's path patterns: "/i/:code" placeholders and a "*" splat; the named parts, or undefined. */
function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const from = pattern.replace(/\/$/, '') || '/';
  const path = pathname.replace(/\/$/, '') || '/';
  const source = from
    .split('/')
    .map((part) =>
      part === '*'
        ? '(?<splat>.*)'
        : part.startsWith(':')
          ? `(?<${part.slice(1)}>[^/]+)`
          : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  const found = new RegExp(`^${source}$`).exec(path);
  return found ? { ...found.groups } : undefined;
}

/** A redirect rule's target with the placeholders of the matched path filled in. */
function matchRule(rule: RedirectRule, pathname: string): string | undefined {
  const parts = matchPath(rule.from, pathname);
  return parts && rule.to.replace(/:(\w+)/g, (whole, name: string) => parts[name] ?? whole);
}

/** The file for a decoded path inside dist/, "redirect" when only the trailing slash is missing. */
function resolveFile(dist: string, pathname: string): string | 'redirect' | undefined {
  const full = resolve(dist, `.${pathname}`);
  if (full !== dist && !full.startsWith(dist + sep)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  if (existsSync(join(full, 'index.html'))) return pathname.endsWith('/') ? join(full, 'index.html') : 'redirect';
  return undefined;
}

/**
 * The body, or undefined when it is larger than `max`. A larger body is not kept, but the rest of it
 * is read and dropped (up to a bound) instead of the connection being cut: a client still sending
 * when the connection closes gets a reset, often before it has read the 413.
 */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = Number(req.headers['content-length'] ?? 0) > max ? max + 1 : 0;
    if (size > max) ok(undefined);
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > maxDrainedBytes) req.destroy();
      else if (size > max) {
        chunks.length = 0;
        ok(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => ok(size > max ? undefined : Buffer.concat(chunks)));
    req.on('error', fail);
  });
}
/** How much of a too-large body is read and dropped before the connection is cut after all. */
const maxDrainedBytes = 64 * maxRequestBytes;

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string | string[]> = {};
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

  const blobs = await startLocalBlobs(options.blobsDir ?? join(root, '.data', 'blobs'));

  const headerFile = join(dist, '_headers');
  const redirectFile = join(dist, '_redirects');
  const headerRules = (
    await parseAllHeaders({
      headersFiles: existsSync(headerFile) ? [headerFile] : [],
      configHeaders: [],
      minimal: false,
    })
  ).headers as HeaderRule[];
  const redirectRules = (
    await parseAllRedirects({
      redirectsFiles: existsSync(redirectFile) ? [redirectFile] : [],
      configRedirects: [],
      minimal: false,
    })
  ).redirects as RedirectRule[];
  const headersFor = (pathname: string) =>
    Object.assign({}, ...headerRules.filter((r) => r.forRegExp.test(pathname)).map((r) => r.values)) as Record<
      string,
      string
    >;
  const { functions, out: bundles } = await loadFunctions(root);
  const scheduled = new Map(functions.filter((f) => f.schedule).map((f) => [f.name, f.handler]));
  const routed = (pathname: string, preferStatic: boolean) =>
    functions.find((f) => f.preferStatic === preferStatic && f.paths.some((p) => matchPath(p, pathname)));
  const pending = new Set<Promise<unknown>>();
  let requestCount = 0;
  let origin = 'http://127.0.0.1';
  /** The Host headers that name this server: its address and the names a browser on this machine uses. */
  const ownHosts = new Set<string>();

  const contextFor = (ip: string, id: string): LocalContext => ({
    ip,
    requestId: id,
    site: { url: origin },
    waitUntil(promise) {
      const tracked = promise.catch(() => undefined).finally(() => pending.delete(tracked));
      pending.add(tracked);
    },
  });

  const serveFile = (res: ServerResponse, file: string, status: number, pathname: string, head: boolean) => {
    res.writeHead(status, {
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      ...headersFor(pathname),
    });
    if (head) res.end();
    else createReadStream(file).pipe(res);
  };

  const server = createServer(async (req, res) => {
    try {
      const raw = (req.url ?? '/').split('?')[0]!;
      const search = (req.url ?? '').slice(raw.length);
      let pathname: string;
      try {
        pathname = decodeURIComponent(raw);
      } catch {
        return plain(res, 400, 'Bad request: malformed address');
      }
      if (!pathname.startsWith('/') || pathname.includes('\0') || pathname.includes('\\'))
        return plain(res, 400, 'Bad request');
      const method = req.method ?? 'GET';

      // Netlify's order: a function's own path, then a file, then a function that prefers files, then redirects.
      const call = async (fn: LocalFunction) => {
        const body = ['GET', 'HEAD'].includes(method) ? undefined : await readBody(req, maxRequestBytes);
        if (body === undefined && !['GET', 'HEAD'].includes(method)) return plain(res, 413, 'Request body too large');
        const headers = new Headers();
        for (const [key, value] of Object.entries(req.headers)) {
          if (value !== undefined && key !== 'host') headers.set(key, Array.isArray(value) ? value.join(', ') : value);
        }
        // The address the browser used, as Netlify passes it on: a page opened at localhost posts with a
        // localhost Origin, and Astro refuses a form whose Origin is not the request's own. Any other Host
        // (a client's invention) gets the server's own address.
        const host = req.headers.host?.toLowerCase();
        const base = host && ownHosts.has(host) ? `http://${host}` : origin;
        const request = new Request(
          `${base}${raw}${search}`,
          body ? { method, headers, body: new Uint8Array(body) } : { method, headers },
        );
        const context = contextFor(req.socket.remoteAddress ?? '127.0.0.1', `local-${++requestCount}`);
        return send(res, await fn.handler(request, context));
      };
      const first = routed(pathname, false);
      if (first) return await call(first);
      const staticFile = ['GET', 'HEAD'].includes(method) ? resolveFile(dist, pathname) : undefined;
      const fallback = staticFile ? undefined : routed(pathname, true);
      if (fallback) return await call(fallback);

      if (method !== 'GET' && method !== 'HEAD') return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
      const head = method === 'HEAD';
      for (const rule of redirectRules.filter((r) => r.force)) {
        const to = matchRule(rule, pathname);
        if (to && rule.status >= 300 && rule.status < 400) {
          res.writeHead(rule.status, { Location: to.includes('?') ? to : `${to}${search}` });
          return res.end();
        }
      }
      const file = staticFile;
      if (file === 'redirect') {
        res.writeHead(301, { Location: `${raw}/${search}` });
        return res.end();
      }
      if (file) return serveFile(res, file, 200, pathname, head);
      for (const rule of redirectRules.filter((r) => !r.force)) {
        const to = matchRule(rule, pathname);
        if (!to) continue;
        if (rule.status >= 300 && rule.status < 400) {
          res.writeHead(rule.status, { Location: to.includes('?') ? to : `${to}${search}` });
          return res.end();
        }
        const target = resolveFile(dist, to.split('?')[0]!);
        if (target && target !== 'redirect') return serveFile(res, target, rule.status, to, head);
      }
      const notFound = resolveFile(dist, '/404.html');
      if (notFound && notFound !== 'redirect') return serveFile(res, notFound, 404, '/404.html', head);
      return plain(res, 404, '404');
    } catch (error) {
      // No request data in the log: it may hold personal data.
      console.error('local server error:', error instanceof Error ? error.name : 'unknown');
      if (!res.headersSent) plain(res, 500, '500');
      else res.end();
    }
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  });

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  origin = `http://127.0.0.1:${port}`;
  for (const name of ['127.0.0.1', 'localhost']) ownHosts.add(`${name}:${port}`);

  // Each scheduled function runs again only after its previous run has ended.
  const running = new Map<string, Promise<number>>();
  const runScheduled = (name: string): Promise<number> => {
    const handler = scheduled.get(name);
    if (!handler) return Promise.reject(new Error(`No scheduled function ${name}`));
    const previous = running.get(name) ?? Promise.resolve(0);
    const next = previous.then(async () => {
      try {
        const request = new Request(`${origin}/.netlify/functions/${name}`, { method: 'POST' });
        return (await handler(request, contextFor('127.0.0.1', `local-schedule-${name}`))).status;
      } catch (error) {
        console.error(`scheduled ${name} failed:`, error instanceof Error ? error.name : 'unknown');
        return 500;
      }
    });
    running.set(name, next);
    return next;
  };
  const every = options.scheduleSeconds ?? 0;
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();
  const loop = (name: string) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      void runScheduled(name).finally(() => {
        if (!stopped) loop(name);
      });
    }, every * 1000);
    timers.add(timer);
  };
  if (every > 0) for (const name of scheduled.keys()) loop(name);

  const idle = async () => {
    while (pending.size) await Promise.all([...pending]);
  };
  return {
    url: origin,
    port,
    scheduled: [...scheduled.keys()],
    runScheduled,
    idle,
    close: async () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      await Promise.all([...running.values()]);
      await idle();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await blobs.stop();
      if (bundles) rmSync(bundles, { recursive: true, force: true });
    },
  };
}
