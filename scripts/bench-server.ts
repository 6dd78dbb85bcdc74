/**
 * The local server in a process of its own for the function benchmark, so
 * the load generator does not share its event loop. With "empty" it serves,
 * at the same address, a function that answers 202 and does nothing: the
 * baseline the real function is compared with. Prints its address as one
 * JSON line on stdout and runs until it is sent SIGTERM.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startLocalServer } from './local-server.ts';

const [outboxDir, blobsDir, mode] = process.argv.slice(2);
if (!outboxDir || !blobsDir) throw new Error('usage: node scripts/bench-server.ts OUTBOX_DIR BLOBS_DIR [empty]');
let root = process.cwd();
if (mode === 'empty') {
  root = resolve(blobsDir, '..', 'empty-site');
  mkdirSync(join(root, 'functions'), { recursive: true });
  writeFileSync(
    join(root, 'functions', 'empty.mjs'),
    "export default () => new Response('{}', { status: 202 });\nexport const config = { path: '/api/interest' };\n",
  );
}
const server = await startLocalServer({
  root,
  distDir: resolve('dist'),
  blobsDir,
  env: { OUTBOX_DIR: outboxDir, POLKU_RATE_LIMIT: '1000000' },
});
console.log(JSON.stringify({ url: server.url }));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
