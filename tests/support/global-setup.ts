/**
 * Starts the whole site once for every test file that needs a running server
 * (browser tests, HTTP-level tests): the built dist/, the functions with the
 * local outbox transport, and a local Blobs store, all in temporary folders.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalServer } from '../../scripts/local-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    outboxDir: string;
    /** Keuda's bearer token for GET /api/interest-counts. */
    countsToken: string;
  }
}

export default async function setup(project: TestProject) {
  const work = mkdtempSync(join(tmpdir(), 'polku-test-'));
  const outboxDir = join(work, 'outbox');
  const countsToken = randomBytes(24).toString('base64url');
  const server = await startLocalServer({
    blobsDir: join(work, 'blobs'),
    env: { OUTBOX_DIR: outboxDir, POLKU_RATE_LIMIT: '1000', COUNTS_TOKEN_KEUDA: countsToken },
  });
  project.provide('baseUrl', server.url);
  project.provide('outboxDir', outboxDir);
  project.provide('countsToken', countsToken);
  return async () => {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  };
}
