/**
 * Netlify's own local Blobs server, made to keep the two promises the
 * delivery queue relies on and that Netlify keeps in production:
 * - every read answers with the entry's ETag (the local server sends it only
 *   on writes and lists), the hash of the bytes it answers, so a reader can
 *   write back conditionally;
 * - a conditional write is atomic: the local server checks If-Match and then
 *   writes with awaits in between, so two writers with the same ETag could
 *   both win. Here writes and deletes of one entry run one at a time, and the ETag is the
 *   hash of the content rather than the file's time, which two quick writes
 *   can share.
 * Used by `npm start`, the tests and the benchmarks; never in production.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { setEnvironmentContext } from '@netlify/blobs';
import { BlobsServer } from '@netlify/blobs/server';

type Handle = (req: Request) => Promise<Response>;
interface Internals {
  get: Handle;
  head: Handle;
  put: Handle;
  delete: Handle;
  address: string;
  getLocalPaths(url: URL): { dataPath?: string; key?: string };
}

const contentETag = async (path: string) => {
  try {
    return `"${createHash('sha256')
      .update(await readFile(path))
      .digest('hex')}"`;
  } catch {
    return '';
  }
};
(BlobsServer as unknown as { generateETag: typeof contentETag }).generateETag = contentETag;

export interface LocalBlobs {
  url: string;
  stop(): Promise<void>;
}

/** Starts the server on a free port and points `getStore()` in this process at it. */
export async function startLocalBlobs(directory: string): Promise<LocalBlobs> {
  const token = randomBytes(16).toString('hex');
  const server = new BlobsServer({ directory, token });
  const inner = server as unknown as Internals;
  const withETag =
    (original: Handle): Handle =>
    async (req) => {
      const response = await original(req);
      if (response.status !== 200 || response.headers.has('etag')) return response;
      const { dataPath, key } = inner.getLocalPaths(new URL(req.url, inner.address));
      if (!dataPath || !key) return response;
      const headers = new Headers(response.headers);
      if (req.method === 'HEAD') {
        headers.set('etag', await contentETag(dataPath));
        return new Response(null, { status: response.status, headers });
      }
      // The ETag of the very bytes answered: hashing the file again could see a newer write, and a
      // reader would then write back over it with a stale body (a lost update).
      const body = Buffer.from(await response.arrayBuffer());
      headers.set('etag', `"${createHash('sha256').update(body).digest('hex')}"`);
      return new Response(body, { status: response.status, headers });
    };
  // One write at a time per entry: conditional writes only compete on the same key.
  const queues = new Map<string, Promise<unknown>>();
  const oneAtATime =
    (original: Handle): Handle =>
    (req) => {
      const key = new URL(req.url, inner.address).pathname;
      const run = (queues.get(key) ?? Promise.resolve()).then(() => original(req));
      const settled = run.catch(() => undefined);
      queues.set(key, settled);
      void settled.then(() => {
        if (queues.get(key) === settled) queues.delete(key);
      });
      return run;
    };
  inner.get = withETag(inner.get.bind(server));
  inner.head = withETag(inner.head.bind(server));
  inner.put = oneAtATime(inner.put.bind(server));
  inner.delete = oneAtATime(inner.delete.bind(server));
  const { port } = await server.start();
  const url = `http://127.0.0.1:${port}`;
  setEnvironmentContext({ edgeURL: url, uncachedEdgeURL: url, siteID: 'local', token });
  return { url, stop: () => server.stop() };
}
