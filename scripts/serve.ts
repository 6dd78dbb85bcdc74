/** `npm start` / `npm run preview`: the built site, its search and its functions on one port. */
import { resolve } from 'node:path';
import { startLocalServer } from './local-server.ts';

const port = Number.parseInt(process.env['PORT'] ?? '4321', 10);
const outbox = resolve(process.env['OUTBOX_DIR'] ?? '.data/outbox');
const server = await startLocalServer({ port, env: { OUTBOX_DIR: outbox } });

console.log(`Polku is running at http://localhost:${server.port}/`);
console.log(`  Finnish: http://localhost:${server.port}/fi/   Swedish: http://localhost:${server.port}/sv/`);
console.log(`  Forwarded expressions of interest are written to ${outbox}`);
console.log('Press Ctrl+C to stop.');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
