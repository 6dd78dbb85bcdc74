/**
 * The local server in a process of its own for the function benchmark, so
 * the load generator does not share its event loop. Prints its address as one
 * JSON line on stdout and runs until it is sent SIGTERM.
 */
import { startLocalServer } from './local-server.ts';

const [outboxDir, blobsDir] = process.argv.slice(2);
if (!outboxDir || !blobsDir) throw new Error('usage: node scripts/bench-server.ts OUTBOX_DIR BLOBS_DIR');
const server = await startLocalServer({ blobsDir, env: { OUTBOX_DIR: outboxDir, POLKU_RATE_LIMIT: '1000000' } });
console.log(JSON.stringify({ url: server.url }));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
